import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './detect-language.ts';

const SAMPLES: Record<string, string> = {
  en: 'The government said on Thursday that it would not change the policy, despite protests in the capital.',
  es: 'El gobierno dijo el jueves que no cambiará la política, a pesar de las protestas en la capital del país.',
  fr: "Le gouvernement a déclaré jeudi qu'il ne changerait pas la politique, malgré les manifestations dans la capitale.",
  de: 'Die Regierung sagte am Donnerstag, dass sie die Politik trotz der Proteste in der Hauptstadt nicht ändern werde.',
  it: 'Il governo ha detto giovedì che non cambierà la politica, nonostante le proteste nella capitale del paese.',
  pt: 'O governo disse na quinta-feira que não vai mudar a política, apesar dos protestos na capital do país.',
  nl: 'De regering zei donderdag dat zij het beleid niet zal veranderen, ondanks de protesten in de hoofdstad.',
  sv: 'Regeringen sade på torsdagen att den inte kommer att ändra politiken, trots protesterna i huvudstaden.',
  tr: 'Hükümet perşembe günü yaptığı açıklamada, başkentteki protestolara rağmen politikayı değiştirmeyeceğini söyledi ve bu karar çok tartışıldı.',
  pl: 'Rząd powiedział w czwartek, że nie zmieni polityki, mimo protestów w stolicy, które trwają już od tygodnia.',
  ru: 'Правительство заявило в четверг, что не изменит политику, несмотря на протесты в столице, которые идут уже неделю.',
  zh: '政府星期四表示，尽管首都发生抗议活动，但不会改变政策。',
  ja: '政府は木曜日、首都での抗議にもかかわらず、政策を変更しないと述べた。',
  ko: '정부는 목요일 수도에서 시위가 있었음에도 불구하고 정책을 바꾸지 않겠다고 밝혔다.',
  ar: 'قالت الحكومة يوم الخميس إنها لن تغير السياسة رغم الاحتجاجات في العاصمة.',
};

describe('detectLanguage', () => {
  for (const [lang, text] of Object.entries(SAMPLES)) {
    it(`tells ${lang} from a one-sentence news lede`, () => assert.equal(detectLanguage(text), lang));
  }

  it("says 'und' when there is too little to go on", () => {
    assert.equal(detectLanguage(''), 'und');
    assert.equal(detectLanguage('2019-11-16 12:00'), 'und');
    assert.equal(detectLanguage('Zhang Jun'), 'und');
  });
});
