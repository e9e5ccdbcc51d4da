import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderHtml, renderMarkdown } from './index.ts';
import { articleFrom, storyOf } from '../../../test/fixtures/compare/story-builder.ts';

const doc = articleFrom({ outlet: 'Evil <script>alert(1)</script>', url: 'javascript:alert(1)', published: null, title: null, text: 'Officials said <b>10 people</b> & "others" were hurt [link](http://x) *now*.' }, 'd0');
const story = { ...storyOf([doc]), title: 'Crash <img src=x onerror=alert(1)>' };
const brief = { storyId: story.id, sentences: [{ text: 'Officials said <b>10 people</b> & "others" were hurt [link](http://x) *now*.', citations: [{ documentId: 'd0', start: 0, end: doc.text.length }] }] };

describe('renderHtml', () => {
  const html = renderHtml({ story, brief, documents: [doc] });
  it('escapes every piece of article text, title and source name', () => {
    assert.ok(!/<script|<b>|<img/i.test(html));
    assert.match(html, /&lt;b&gt;10 people&lt;\/b&gt; &amp; &quot;others&quot;/);
    assert.match(html, /Evil &lt;script&gt;/);
  });
  it('drops links that are not http(s)', () => {
    assert.ok(!html.includes('javascript:'));
  });
  it('is one self-contained page with numbered citations', () => {
    assert.match(html, /^<!doctype html>/);
    assert.ok(!/<link|<script|src="http/i.test(html));
    assert.match(html, /<sup><a href="#c1">\[1\]<\/a><\/sup>/);
    assert.match(html, /<li id="c1">/);
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown({ story, brief, documents: [doc] });
  it('lists each sentence with footnote references and the cited words below', () => {
    assert.match(md, /^# Crash/);
    assert.match(md, /\[\^1\]$/m);
    assert.match(md, /^\[\^1\]: Evil/m);
  });
  it('escapes Markdown and HTML syntax coming from articles', () => {
    assert.ok(!md.includes('<b>'));
    assert.ok(!md.includes('[link](http://x)'));
    assert.match(md, /\\\*now\\\*/);
  });
});
