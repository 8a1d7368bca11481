import { expect } from '@open-wc/testing';
import { filterMacros, parseMacros, slashQuery } from './macros.js';

const macros = parseMacros([
  { id: '1', title: 'Shipping times', text: 'We ship within 2 days.' },
  { id: '2', title: 'Greeting', text: 'Hi there, Ada here.' },
  { id: '3', title: 'Returns', text: 'Send it back within 30 days, shipping is free.' },
  { id: 4, title: 'broken' },
]);

describe('macros', () => {
  it('should keep only well-formed macros', () => {
    expect(macros.map((m) => m.id)).to.deep.equal(['1', '2', '3']);
    expect(parseMacros({ not: 'a list' })).to.deep.equal([]);
  });

  it('should find macros by every word, titles starting with the query first', () => {
    expect(filterMacros(macros, '').map((m) => m.id)).to.deep.equal(['1', '2', '3']);
    expect(filterMacros(macros, 'ship').map((m) => m.id)).to.deep.equal(['1', '3']);
    expect(filterMacros(macros, 'free ship').map((m) => m.id)).to.deep.equal(['3']);
    expect(filterMacros(macros, 'GREE').map((m) => m.id)).to.deep.equal(['2']);
    expect(filterMacros(macros, 'within').map((m) => m.id)).to.deep.equal(['1', '3']);
  });

  it('should take a slash at the start of the reply as a macro query', () => {
    expect(slashQuery('/')).to.equal('');
    expect(slashQuery('/ship')).to.equal('ship');
    expect(slashQuery('/ship it')).to.equal(null);
    expect(slashQuery('a/b')).to.equal(null);
    expect(slashQuery('')).to.equal(null);
  });
});
