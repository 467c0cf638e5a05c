/** The session's place in the address, with a stand-in for the address bar. */
import { describe, expect, it } from 'vitest';
import type { SessionStep } from '../../lib/session/session-steps';
import { Session, type SessionAddress } from './session-state.svelte';

const steps: SessionStep[] = [
  { kind: 'note', text: 'one' },
  { kind: 'note', text: 'two' },
  { kind: 'lesson', text: 'three' },
];

function fakeAddress(hash = '') {
  const written: string[] = [];
  const address: SessionAddress = {
    get hash() {
      return hash;
    },
    replaceHash(next) {
      hash = next;
      written.push(next);
    },
  };
  return { address, written };
}

describe('Session and the address', () => {
  it('restores its place from #step-n, brought into range', () => {
    const session = new Session(steps, fakeAddress('#step-2').address);
    session.restore();
    expect(session.step).toBe(2);
    const beyond = new Session(steps, fakeAddress('#step-9').address);
    beyond.restore();
    expect(beyond.step).toBe(3);
  });

  it('writes each move into the address, and the start as no hash', () => {
    const { address, written } = fakeAddress();
    const session = new Session(steps, address);
    session.go('next');
    session.go('next');
    session.go('back');
    session.go('first');
    expect(written).toEqual(['#step-1', '#step-2', '#step-1', '']);
  });

  it('writes nothing when a move changes nothing', () => {
    const { address, written } = fakeAddress();
    const session = new Session(steps, address);
    expect(session.go('back')).toBe(false);
    expect(written).toEqual([]);
  });

  it('shows steps revealed by the recording and keeps the address with them', () => {
    const { address, written } = fakeAddress();
    const session = new Session(steps, address);
    expect(session.showFirst(2)).toBe(true);
    expect(session.newest).toEqual(steps[1]);
    expect(written).toEqual(['#step-2']);
  });
});
