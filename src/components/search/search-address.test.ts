import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchState } from '../../lib/search/search-query';
import { SearchAddress, TYPING_PAUSE_MS, type SearchPageHost } from './search-address';

/** A page at `address`, whose history and title can be read back. */
function fakePage(address: string) {
  const url = new URL(address, 'https://room.example');
  const listeners = new Set<() => void>();
  const replaced: string[] = [];
  const host: SearchPageHost = {
    location: { pathname: url.pathname, search: url.search },
    history: {
      replaceState: (_data, _unused, href) => {
        const next = new URL(String(href), url);
        host.location = { pathname: next.pathname, search: next.search };
        replaced.push(String(href));
      },
    },
    document: { title: '' },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  /** What Back or Forward does: a new address, then popstate. */
  const goTo = (to: string) => {
    const next = new URL(to, url);
    host.location = { pathname: next.pathname, search: next.search };
    for (const listener of listeners) listener();
  };
  return { host, replaced, goTo, listeners };
}

function fakeSearch(state: SearchState = { query: '', filters: {} }) {
  const asked: SearchState[] = [];
  const search = {
    state,
    run: vi.fn(async () => {
      asked.push(search.state);
    }),
  };
  return { search, asked };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SearchAddress', () => {
  it('shows and runs the search the address holds when the page comes alive', () => {
    const page = fakePage('/search/?q=dog&kind=story');
    const { search, asked } = fakeSearch();
    new SearchAddress(search, page.host).connect();
    expect(asked).toEqual([{ query: 'dog', filters: { kind: 'story' } }]);
    expect(page.host.document.title).toBe('“dog” · Search · Customer Room');
    expect(page.replaced).toEqual([]);
  });

  it('keeps words typed before the page came alive, with the filters of the address', () => {
    const page = fakePage('/search/?kind=quote');
    const { search, asked } = fakeSearch({ query: ' refund ', filters: {} });
    new SearchAddress(search, page.host).connect();
    expect(asked).toEqual([{ query: 'refund', filters: { kind: 'quote' } }]);
    expect(page.replaced).toEqual(['/search/?q=refund&kind=quote']);
  });

  it('puts typing in the address and the title at once, and searches once typing pauses', () => {
    const page = fakePage('/search/');
    const { search, asked } = fakeSearch();
    const address = new SearchAddress(search, page.host);
    address.connect();
    search.run.mockClear();
    for (const query of ['f', 'fu', 'fun']) {
      search.state = { query, filters: {} };
      address.update(false);
      vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    }
    expect(search.run).not.toHaveBeenCalled();
    expect(page.host.location.search).toBe('?q=fun');
    expect(page.host.document.title).toBe('“fun” · Search · Customer Room');
    vi.advanceTimersByTime(1);
    expect(search.run).toHaveBeenCalledTimes(1);
    expect(asked.at(-1)).toEqual({ query: 'fun', filters: {} });
  });

  it('searches at once on a submit or a filter, and drops the pending typing search', () => {
    const page = fakePage('/search/');
    const { search } = fakeSearch();
    const address = new SearchAddress(search, page.host);
    address.connect();
    search.run.mockClear();
    search.state = { query: 'dog', filters: {} };
    address.update(false);
    search.state = { query: 'dog', filters: { kind: 'story' } };
    address.update(true);
    expect(search.run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(TYPING_PAUSE_MS * 5);
    expect(search.run).toHaveBeenCalledTimes(1);
    expect(page.host.location.search).toBe('?q=dog&kind=story');
  });

  it('leaves the history alone when the address already holds the search', () => {
    const page = fakePage('/search/?q=dog');
    const { search } = fakeSearch();
    const address = new SearchAddress(search, page.host);
    address.connect();
    address.update(true);
    expect(page.replaced).toEqual([]);
  });

  it('brings back the search of the address on Back and Forward', () => {
    const page = fakePage('/search/?q=dog');
    const { search, asked } = fakeSearch();
    new SearchAddress(search, page.host).connect();
    page.goTo('/search/?q=cat&tag=billing');
    expect(asked.at(-1)).toEqual({ query: 'cat', filters: { tag: 'billing' } });
    expect(page.host.document.title).toBe('“cat” · Search · Customer Room');
  });

  it('stops listening and drops a pending search when the page goes', () => {
    const page = fakePage('/search/');
    const { search } = fakeSearch();
    const address = new SearchAddress(search, page.host);
    const stop = address.connect();
    search.run.mockClear();
    search.state = { query: 'dog', filters: {} };
    address.update(false);
    stop();
    vi.advanceTimersByTime(TYPING_PAUSE_MS * 5);
    expect(search.run).not.toHaveBeenCalled();
    expect(page.listeners.size).toBe(0);
  });
});
