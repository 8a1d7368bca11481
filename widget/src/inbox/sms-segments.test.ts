import { expect } from '@open-wc/testing';
import { countSms, segmentsOf, septets } from './sms-segments.js';

const a = (n: number) => 'a'.repeat(n);
const ą = (n: number) => 'ą'.repeat(n);

describe('SMS segments', () => {
  it('should count nothing for an empty text', () => {
    expect(countSms('')).to.deep.equal({ encoding: 'gsm', characters: 0, units: 0, segments: 0 });
  });

  it('should fit 160 GSM characters in one SMS and split 161 into parts of 153', () => {
    expect(countSms(a(1))).to.deep.equal({ encoding: 'gsm', characters: 1, units: 1, segments: 1 });
    expect(countSms(a(160))).to.deep.include({ encoding: 'gsm', units: 160, segments: 1 });
    expect(countSms(a(161))).to.deep.include({ encoding: 'gsm', units: 161, segments: 2 });
    expect(countSms(a(153 * 2))).to.deep.include({ segments: 2 });
    expect(countSms(a(153 * 2 + 1))).to.deep.include({ segments: 3 });
    expect(countSms(a(153 * 3))).to.deep.include({ segments: 3 });
    expect(countSms(a(1600))).to.deep.include({ segments: 11 });
  });

  it('should fit 70 UCS-2 code units in one SMS and split 71 into parts of 67', () => {
    expect(countSms(ą(70))).to.deep.equal({ encoding: 'ucs2', characters: 70, units: 70, segments: 1 });
    expect(countSms(ą(71))).to.deep.include({ encoding: 'ucs2', units: 71, segments: 2 });
    expect(countSms(ą(67 * 2))).to.deep.include({ segments: 2 });
    expect(countSms(ą(67 * 2 + 1))).to.deep.include({ segments: 3 });
  });

  it('should send a whole text in UCS-2 for one character outside the GSM alphabet', () => {
    expect(countSms(a(100) + 'ł')).to.deep.include({ encoding: 'ucs2', units: 101, segments: 2 });
    expect(countSms('Dzień dobry, paczka wyszła.').encoding).to.equal('ucs2');
    expect(countSms('Where is my order 1234?')).to.deep.include({ encoding: 'gsm', segments: 1 });
  });

  it('should find no Polish letter in the GSM alphabet, not even ó', () => {
    for (const letter of 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ') {
      expect(septets(letter), letter).to.equal(undefined);
      expect(countSms(`Dobry ${letter}`).encoding, letter).to.equal('ucs2');
    }
    // The accented letters the alphabet does have stay GSM.
    expect(countSms('òéèàùìäöñüßåæøÇÉÄÖÑÜÅÆØ').encoding).to.equal('gsm');
  });

  it('should count each character of the extension table as two septets', () => {
    for (const c of '^{}\\[~]|€\f') {
      expect(septets(c), JSON.stringify(c)).to.equal(2);
      expect(countSms(c), JSON.stringify(c)).to.deep.include({ encoding: 'gsm', characters: 1, units: 2 });
    }
    expect(countSms(a(158) + '€')).to.deep.include({ units: 160, segments: 1 });
    expect(countSms(a(159) + '€')).to.deep.include({ characters: 160, units: 161, segments: 2 });
    expect(countSms('[' + a(304))).to.deep.include({ units: 306, segments: 2 });
    expect(countSms('[' + a(305))).to.deep.include({ units: 307, segments: 3 });
  });

  it('should count the GSM alphabet’s letters, digits, signs and line breaks as one septet each', () => {
    const all = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡§¿';
    expect(septets(all)).to.equal(all.length);
    expect(septets('ABCXYZ abcxyz')).to.equal(13);
  });

  it('should count an emoji as two UTF-16 code units', () => {
    expect(countSms('😀')).to.deep.equal({ encoding: 'ucs2', characters: 2, units: 2, segments: 1 });
    expect(countSms('😀'.repeat(35))).to.deep.include({ units: 70, segments: 1 });
    expect(countSms('😀'.repeat(35) + 'a')).to.deep.include({ units: 71, segments: 2 });
    expect(countSms('Thanks 👍')).to.deep.include({ encoding: 'ucs2', characters: 9, units: 9 });
  });

  it('should treat characters that look like GSM ones but are not as UCS-2', () => {
    // A curly apostrophe, a non-breaking space and a tab are not in the alphabet.
    for (const c of ['’', '\u00a0', '\t', '`'])
      expect(countSms(`it${c}s`).encoding, JSON.stringify(c)).to.equal('ucs2');
  });

  it('should count parts of a given length by encoding', () => {
    expect([0, 1, 160, 161, 306, 307].map((n) => segmentsOf(n, 'gsm'))).to.deep.equal([0, 1, 1, 2, 2, 3]);
    expect([0, 1, 70, 71, 134, 135].map((n) => segmentsOf(n, 'ucs2'))).to.deep.equal([0, 1, 1, 2, 2, 3]);
  });
});
