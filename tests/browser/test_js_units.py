"""The extension's pure modules, run by node exactly as the browser loads them."""

from __future__ import annotations

import json
import subprocess

from conftest import ROOT


def run_js(body: str):
    """Run an ES-module snippet with node; it must `print(value)` its result once."""
    script = f"const print = (v) => process.stdout.write(JSON.stringify(v));\n{body}"
    out = subprocess.run(
        ["node", "--input-type=module", "-e", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def test_managed_settings_override_the_persons_own_and_are_reported_locked():
    result = run_js("""
      import { merge, offReason } from './extension/shared/settings.js';
      const user = {companionUrl: 'http://127.0.0.1:9999/', role: 'staff', pack: 'mine', pausedSites: ['x.com']};
      const managed = {role: 'student', disabledSites: ['facebook.com'], allowPause: false};
      const {settings, locked} = merge(user, managed);
      print({settings, locked, fb: offReason(settings, 'www.facebook.com'), x: offReason(settings, 'x.com'), other: offReason(settings, 'reddit.com')});
    """)
    s = result["settings"]
    assert s["role"] == "student" and s["pack"] == "mine" and s["companionUrl"] == "http://127.0.0.1:9999"
    assert s["allowPause"] is False
    assert sorted(result["locked"]) == ["allowPause", "disabledSites", "role"]
    assert (result["fb"], result["x"], result["other"]) == ("disabled", "paused", "")


def test_a_bad_companion_address_falls_back_to_the_default():
    result = run_js("""
      import { merge } from './extension/shared/settings.js';
      print([merge({companionUrl: 'javascript:alert(1)'}).settings.companionUrl, merge({companionUrl: 'not a url'}).settings.companionUrl]);
    """)
    assert result == ["http://127.0.0.1:8765", "http://127.0.0.1:8765"]


def test_offline_findings_use_python_string_offsets_after_an_emoji():
    result = run_js("""
      import { compile, check } from './extension/shared/fallback.js';
      import { readFileSync } from 'node:fs';
      const bundle = JSON.parse(readFileSync('extension/rules/bundle.json', 'utf8'));
      print(check(compile(bundle), bundle, '🎉 ring me on 07700 900123', {packId: 'dmu-student'}));
    """)
    text = "🎉 ring me on 07700 900123"
    [finding] = [f for f in result if f["rule"] == "pii.phone_number"]
    assert text[finding["start"] : finding["end"]] == "07700 900123"
    assert finding["policy"] and finding["policy"][0]["pack"] == "dmu-student"


def test_underlines_move_with_an_edit_before_them_and_drop_when_the_edit_touches_them():
    result = run_js("""
      import { remap, codePointToUtf16 } from './extension/content/offsets.js';
      const span = [{start: 11, end: 23}];
      const old = 'call me on 07700 900123';
      print({
        before: remap(span, old, 'Hi! ' + old),
        after: remap(span, old, old + ' thanks'),
        inside: remap(span, old, 'call me on 07700 90012'),
        emoji: [codePointToUtf16('🎉 a')(2), codePointToUtf16('abc')(2)],
      });
    """)
    assert result["before"] == [{"start": 15, "end": 27}]
    assert result["after"] == [{"start": 11, "end": 23}]
    assert result["inside"] == []
    assert result["emoji"] == [3, 2]


def test_a_weak_pattern_warns_offline_only_with_a_context_word_before_it():
    result = run_js("""
      import { compile, check } from './extension/shared/fallback.js';
      const bundle = {packs: [], rules: [{id: 'x.code', category: 'credentials', severity: 'high', title: 'Code', message: 'm',
        context: ['code'], patterns: [{name: 'six', regex: '\\\\b\\\\d{6}\\\\b', flags: '', score: 0.3}]}]};
      const c = compile(bundle);
      print([check(c, bundle, 'the code is 123456').length, check(c, bundle, 'we won 123456 to nil').length,
             check(c, bundle, 'codes: one two three four five six 123456').length]);
    """)
    assert result == [1, 0, 0]
