import { expect, waitUntil } from '@open-wc/testing';
import { Typists } from './typing.js';

describe('Typists', () => {
  it('should keep a name until its time runs out or it is cleared, telling every change', async () => {
    let changes = 0;
    const typists = new Typists(() => changes++, 50);
    typists.set('c-1', 'Ada');
    typists.set('c-1', 'Ada');
    typists.set('c-2', 'Visitor 5F2A');
    expect(typists.get('c-1')).to.equal('Ada');
    expect(changes, 'a repeated frame changes nothing').to.equal(2);
    typists.clear('c-2');
    expect(typists.get('c-2')).to.equal(undefined);
    await waitUntil(() => typists.get('c-1') === undefined, 'expires', { timeout: 500 });
    expect(changes).to.equal(4);
  });
});
