// Site profiles: which boxes on a site are compose boxes, where its send
// button is and who will read the post. One file per site, the file name is
// its id; a meta-test (tests/browser/test_sites.py) checks that every file in
// this folder is listed here and has a local test page.
//
// profileFor(location) → {id, isCompose(el), sendButton(composeEl), audience(composeEl),
//   enterSends(composeEl)?}; the generic profile has no enterSends (main.js
//   then reads the box's own hints).
import x from './x.js';
import facebook from './facebook.js';
import instagram from './instagram.js';
import linkedin from './linkedin.js';
import reddit from './reddit.js';
import whatsapp from './whatsapp.js';
import discord from './discord.js';
import teams from './teams.js';
import bluesky from './bluesky.js';
import mastodon from './mastodon.js';
import threads from './threads.js';
import tiktok from './tiktok.js';
import youtube from './youtube.js';
import generic from './generic.js';

export const SITES = [x, facebook, instagram, linkedin, reddit, whatsapp, discord, teams, bluesky, mastodon, threads, tiktok, youtube];
export const GENERIC = generic;

// The browser tests serve copies of each site's compose box from 127.0.0.1,
// where the host name cannot say which site it is: there (and only there)
// <html data-second-thought-site="x"> names the profile.
const TEST_ATTR = 'data-second-thought-site';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** `host` is `domain` or one of its subdomains. */
function within(host, domain) {
  return host === domain || host.endsWith('.' + domain);
}

/** The profile for a page at `location` (and its document, for sites found by their markup). */
export function profileFor(location, doc = globalThis.document) {
  const host = String(location?.hostname || '').toLowerCase();
  if (LOOPBACK.has(host) && doc?.documentElement) {
    const named = doc.documentElement.getAttribute(TEST_ATTR);
    if (named) return SITES.find((s) => s.id === named) || generic;
  }
  for (const site of SITES) if (site.hosts.some((domain) => within(host, domain))) return site;
  for (const site of SITES) if (site.detect && doc && site.detect(doc)) return site;
  return generic;
}
