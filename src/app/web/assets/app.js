// Progressive enhancement: hovering or focusing a citation highlights the cited span in its source pane.
(function () {
  function segmentsFor(cite) {
    var pane = document.getElementById('doc-' + cite.dataset.doc);
    if (!pane) return [];
    var start = Number(cite.dataset.start), end = Number(cite.dataset.end);
    return Array.prototype.filter.call(pane.querySelectorAll('.seg'), function (s) {
      return Number(s.dataset.s) >= start && Number(s.dataset.e) <= end;
    });
  }
  function set(cite, on) {
    var segs = segmentsFor(cite);
    segs.forEach(function (s) { s.classList.toggle('hl', on); });
    if (on && segs[0]) segs[0].scrollIntoView({ block: 'nearest' });
  }
  document.querySelectorAll('.cite[data-doc]').forEach(function (cite) {
    ['mouseenter', 'focus'].forEach(function (e) { cite.addEventListener(e, function () { set(cite, true); }); });
    ['mouseleave', 'blur'].forEach(function (e) { cite.addEventListener(e, function () { set(cite, false); }); });
  });
})();

// The ingest form: with JavaScript, upload with a progress bar, then show the server's answer page.
(function () {
  var form = document.querySelector('form.ingest');
  var bar = document.getElementById('ingest-progress');
  if (!form || !bar || !window.XMLHttpRequest) return;
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var xhr = new XMLHttpRequest();
    bar.hidden = false;
    bar.removeAttribute('value');
    xhr.upload.addEventListener('progress', function (p) { if (p.lengthComputable) bar.value = p.loaded / p.total; });
    xhr.upload.addEventListener('load', function () { bar.removeAttribute('value'); bar.textContent = 'Analysing…'; });
    xhr.addEventListener('load', function () {
      var doc = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      var main = doc.querySelector('main');
      if (main) document.querySelector('main').replaceWith(main); else location.reload();
    });
    xhr.open('POST', form.action);
    xhr.send(new FormData(form));
  });
})();
