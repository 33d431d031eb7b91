"""Campus deployment: the per-user service, a pack from outside the repository,
the browser policy templates and the IT documentation.

Every companion here is a real ``second-thought`` process started the way IT
would start it: from the unit file ``install-service`` writes, or from a
configuration file that names an outside pack.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import plistlib
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from second_thought.config import Limits, Settings

REPO = Path(__file__).resolve().parents[1]
ST = Path(sys.executable).with_name("second-thought")
if not ST.exists():  # pragma: no cover - a venv always has it
    ST = REPO / ".venv" / "bin" / "second-thought"
DEPLOY = REPO / "deploy"
SCHEMA = json.loads((REPO / "extension" / "managed_schema.json").read_text(encoding="utf-8"))
EXTENSION_ID = "medncnfpmieajggdfngbkcnmnfihfddk"
GECKO_ID = json.loads((REPO / "extension" / "manifest.json").read_text(encoding="utf-8"))["browser_specific_settings"]["gecko"]["id"]


# ------------------------------------------------------------------ helpers
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_st(*args: str, env: dict[str, str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(ST), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120)


def home_env(home: Path) -> dict[str, str]:
    """A person's session with an empty home: no config, no token, no unit yet."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECOND_THOUGHT_")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    return env


def get(url: str, token: str | None = None, body: dict | None = None) -> dict:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, headers=headers, method="POST" if data else "GET")
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)


@contextlib.contextmanager
def started(command: list[str], env: dict[str, str], port: int, wait: float = 120.0):
    """Runs `command` (a companion), waits for /v1/health on `port`, stops it afterwards."""
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + wait
        while True:
            if proc.poll() is not None:
                pytest.fail(f"the companion exited with {proc.returncode}: {proc.stderr.read().decode(errors='replace')[-1500:]}")
            try:
                health = get(url + "/v1/health")
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"no answer on {url}/v1/health within {wait} s")
                time.sleep(0.1)
        yield url, health, proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        proc.stderr.close()


def parse_unit(text: str) -> dict[str, dict[str, list[str]]]:
    """An INI-style systemd unit: section -> key -> values (keys may repeat)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        key, _, value = line.partition("=")
        assert current is not None, f"a setting outside a section: {line}"
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def unit_words(value: str, command: bool = True) -> list[str]:
    """systemd's splitting (quotes, backslashes), then its %% escape, and $$ in commands."""
    words = [w.replace("%%", "%") for w in shlex.split(value)]
    return [w.replace("$$", "$") for w in words] if command else words


# ------------------------------------------------------------------ the service
def test_the_installed_unit_starts_a_companion_that_answers_health_and_uninstall_removes_it(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = home_env(home)
    port = free_port()
    (home / ".config" / "second-thought").mkdir(parents=True)
    # The person's own configuration file chooses the pack; the unit the port.
    (home / ".config" / "second-thought" / "config.toml").write_text('pack = "derby-student"\nlog_level = "warning"\n')

    done = run_st("install-service", "--port", str(port), "--no-start", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    unit_path = home / ".config" / "systemd" / "user" / "second-thought.service"
    assert unit_path.is_file(), done.stdout
    assert str(unit_path) in done.stdout

    if shutil.which("systemd-analyze"):  # systemd's own parser, where it is installed
        verify = subprocess.run(["systemd-analyze", "verify", str(unit_path)], capture_output=True, text=True, timeout=60)
        assert verify.returncode == 0 and not verify.stderr.strip(), verify.stderr
    unit = parse_unit(unit_path.read_text())
    service = unit["Service"]
    assert unit["Install"]["WantedBy"] == ["default.target"]
    assert service["Restart"] == ["on-failure"]
    (exec_start,) = service["ExecStart"]
    command = unit_words(exec_start)
    assert Path(command[0]).is_absolute() and os.access(command[0], os.X_OK), command
    assert command[1:] == ["serve", "--port", str(port)]
    environment = dict(w.split("=", 1) for v in service.get("Environment", []) for w in unit_words(v, command=False))
    assert environment["OMP_THREAD_LIMIT"] == "1"

    # What systemd's user manager would do: that command, that environment,
    # the person's HOME, a bare PATH without the virtual environment on it.
    run_env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **environment}
    with started(command, run_env, port) as (url, health, proc):
        assert health["status"] == "ok"
        assert health["default_policy"] == "derby-student"  # read from the person's config file
        proc_env = dict(kv.split("=", 1) for kv in Path(f"/proc/{proc.pid}/environ").read_text().split("\0") if "=" in kv)
        assert proc_env["OMP_THREAD_LIMIT"] == "1"
        # The token was created in the person's own configuration folder and works.
        token = (home / ".config" / "second-thought" / "token").read_text().strip()
        result = get(url + "/v1/check", token, {"text": "ring me on 07700 900123"})
        assert result["pack"] == "derby-student"
        assert [f["rule"] for f in result["findings"]] == ["pii.phone_number"]

    done = run_st("uninstall-service", "--no-stop", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not unit_path.exists()
    # The configuration and the token stay: reinstalling later keeps the person's settings.
    assert (home / ".config" / "second-thought" / "config.toml").exists()
    assert (home / ".config" / "second-thought" / "token").exists()
    assert "nothing to remove" in run_st("uninstall-service", "--no-stop", env=env).stdout


def test_a_configuration_path_with_spaces_percent_and_dollar_signs_survives_the_unit_file(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    config = tmp_path / "IT settings 100% $HOME" / "second thought.toml"
    config.parent.mkdir()
    port = free_port()
    config.write_text(f'port = {port}\npack = "northampton-staff"\nlog_level = "warning"\n')
    env = {**home_env(home), "SECOND_THOUGHT_CONFIG": str(config)}
    done = run_st("install-service", "--no-start", env=env)
    assert done.returncode == 0, done.stderr
    unit_path = home / ".config" / "systemd" / "user" / "second-thought.service"
    if shutil.which("systemd-analyze"):
        verify = subprocess.run(["systemd-analyze", "verify", str(unit_path)], capture_output=True, text=True, timeout=60)
        assert verify.returncode == 0 and not verify.stderr.strip(), verify.stderr
    service = parse_unit(unit_path.read_text())["Service"]
    command = unit_words(service["ExecStart"][0])
    assert command[1:] == ["serve"]  # the port comes from the configuration file
    environment = dict(w.split("=", 1) for v in service["Environment"] for w in unit_words(v, command=False))
    assert environment["SECOND_THOUGHT_CONFIG"] == str(config)
    run_env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **environment}
    with started(command, run_env, port) as (_url, health, _proc):
        assert health["default_policy"] == "northampton-staff"


def test_without_systemd_install_service_writes_the_unit_says_it_did_not_start_and_fails(tmp_path):
    if Path("/run/systemd/system").is_dir():
        pytest.skip("systemd runs here: starting would touch the real user manager")
    env = home_env(tmp_path)
    done = run_st("install-service", "--port", "9911", env=env)
    assert done.returncode == 1
    assert "Not started: systemd is not running" in done.stdout
    assert "systemctl --user enable second-thought.service" in done.stdout
    assert (tmp_path / ".config" / "systemd" / "user" / "second-thought.service").is_file()


def test_dry_run_changes_nothing_and_shows_the_unit(tmp_path):
    env = home_env(tmp_path)
    done = run_st("install-service", "--port", "9912", "--pack", "dmu-student", "--dry-run", env=env)
    assert done.returncode == 0
    assert "ExecStart=" in done.stdout and "serve --port 9912 --pack dmu-student" in done.stdout
    assert not (tmp_path / ".config").exists()


def test_the_macos_agent_runs_the_same_command_with_the_same_environment(tmp_path):
    """launchd cannot run here; its plist is checked by starting exactly what it names."""
    home = tmp_path / "home"
    home.mkdir()
    port = free_port()
    env = home_env(home)
    done = run_st("install-service", "--platform", "macos", "--port", str(port), "--no-start", env=env)
    assert done.returncode == 0, done.stderr
    plist_path = home / "Library" / "LaunchAgents" / "org.second-thought.companion.plist"
    agent = plistlib.loads(plist_path.read_bytes())
    assert agent["Label"] == "org.second-thought.companion" and agent["RunAtLoad"] is True
    assert agent["KeepAlive"]["SuccessfulExit"] is False
    assert agent["EnvironmentVariables"]["OMP_THREAD_LIMIT"] == "1"
    run_env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **agent["EnvironmentVariables"]}
    with started(agent["ProgramArguments"], run_env, port) as (_url, health, _proc):
        assert health["status"] == "ok"
    assert run_st("uninstall-service", "--platform", "macos", "--no-stop", env=env).returncode == 0
    assert not plist_path.exists()


def test_the_windows_task_from_install_service_and_the_template_are_valid_task_scheduler_xml(tmp_path):
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    env = home_env(tmp_path)
    assert run_st("install-service", "--platform", "windows", "--port", "9913", "--no-start", env=env).returncode == 0
    generated = tmp_path / ".config" / "second-thought" / "second-thought-task.xml"
    template = DEPLOY / "windows" / "second-thought-task.xml"
    for path in (generated, template):
        root = ET.fromstring(path.read_bytes())
        assert root.find("t:Triggers/t:LogonTrigger", ns) is not None, path
        # Task Scheduler's default limit would stop the companion after three days.
        assert root.find("t:Settings/t:ExecutionTimeLimit", ns).text == "PT0S", path
        assert root.find("t:Principals/t:Principal/t:RunLevel", ns).text == "LeastPrivilege", path
        args = root.find("t:Actions/t:Exec/t:Arguments", ns).text
        assert "serve" in args.split(), path
    assert "--port 9913" in ET.fromstring(generated.read_bytes()).find("t:Actions/t:Exec/t:Arguments", ns).text


# ------------------------------------------------------------------ a pack from outside the repository
WESSEX_NUMBER = "WD-2024-0173"


def write_wessex_pack(folder: Path, env: dict[str, str]) -> Path:
    """`rules new`, then the edits a policy officer makes for an invented university."""
    pack = folder / "wessex-downs-student.yaml"
    done = run_st("rules", "new", "wessex-downs-student", "-o", str(pack), env=env, cwd=folder)
    assert done.returncode == 0, done.stderr
    text = pack.read_text()
    edits = {
        "name: Example University Social Media Policy for Students": "name: Wessex Downs University Student Social Media Code",
        "institution: Example University": "institution: Wessex Downs University",
        "source: https://www.example.ac.uk/policies/social-media": "source: https://www.wessexdowns.ac.uk/policy/social-media",
        # Wessex Downs numbers: WD, the year of entry, four digits.
        "regex: 'X\\d{7}'": "regex: 'WD-20\\d\\d-\\d{4}'",
        'phones: ["01234 567890"]': 'phones: ["01632 960000"]',
        'email_domains: ["example.ac.uk"]': 'email_domains: ["wessexdowns.ac.uk"]',
        '  - id: "3.1"\n    title: Personal information\n    quote: >-\n      Do not share personal information about yourself or others, including\n      addresses, phone numbers, email addresses or passwords.':
            '  - id: "7.2"\n    title: Privacy\n    quote: >-\n      Never publish the contact details, student number or passwords of any\n      member of the Wessex Downs community, including your own.',
        '["3.1"]': '["7.2"]',
        "      This looks like a phone number. Share numbers privately with the person\n      who needs them, never in a public post.":
            "      This looks like a phone number. At Wessex Downs, send it by direct\n      message to the person who needs it, never in a public post.",
    }
    for old, new in edits.items():
        assert old in text, f"the template changed: {old!r} is no longer in it"
        text = text.replace(old, new)
    pack.write_text(text)
    return pack


def test_a_pack_for_a_new_university_outside_the_repository_passes_lint_and_test_and_is_served(tmp_path):
    outside = tmp_path / "wessex-it"
    outside.mkdir()
    assert REPO not in outside.parents
    env = home_env(tmp_path)
    pack = write_wessex_pack(outside, env)

    lint = run_st("rules", "lint", str(pack), env=env, cwd=outside)
    assert lint.returncode == 0, lint.stdout
    assert "valid" in lint.stdout
    test = run_st("rules", "test", str(pack), env=env, cwd=outside)
    assert test.returncode == 0, test.stdout
    assert re.search(r"^\d+ passed, 0 failed$", test.stdout, re.M), test.stdout

    # A mistake is explained, not accepted: a cite naming a clause that is gone.
    broken = outside / "broken" / "wessex-downs-student.yaml"
    broken.parent.mkdir()
    broken.write_text(pack.read_text().replace('abuse: ["3.2"]', 'abuse: ["9.9"]'))
    lint = run_st("rules", "lint", str(broken), env=env, cwd=outside)
    assert lint.returncode == 1
    assert "cite/abuse" in lint.stdout and "'9.9'" in lint.stdout

    port = free_port()
    token_file = tmp_path / "token"
    config = tmp_path / "config.toml"
    config.write_text(f'port = {port}\ntoken_file = "{token_file}"\nlog_level = "warning"\nextra_packs = ["{pack}"]\n')
    run_env = {**env, "SECOND_THOUGHT_CONFIG": str(config), "OMP_THREAD_LIMIT": "1"}
    with started([str(ST), "serve"], run_env, port) as (url, health, _proc):
        assert "wessex-downs-student" in health["policies"]
        listed = {p["id"]: p for p in get(url + "/v1/policies")["policies"]}
        wessex = listed["wessex-downs-student"]
        assert wessex["institution"] == "Wessex Downs University"
        assert any(c["id"] == "7.2" and "Wessex Downs community" in c["quote"] for c in wessex["clauses"])

        token = token_file.read_text().strip()
        draft = f"new phone, ring me on 07700 900123 - and my student number is {WESSEX_NUMBER} for the group form"
        result = get(url + "/v1/check", token, {"text": draft, "context": {"policy": "wessex-downs-student"}})
        assert result["pack"] == "wessex-downs-student"
        by_rule = {f["rule"]: f for f in result["findings"]}
        phone, student = by_rule["pii.phone_number"], by_rule["pii.student_id"]
        assert draft[student["start"]:student["end"]] == WESSEX_NUMBER
        for finding in (phone, student):
            assert finding["policy"] == [{"pack": "wessex-downs-student", "clause": "7.2", "quote": wessex["clauses"][0]["quote"]}]
        assert "At Wessex Downs, send it by direct message" in phone["message"]

        # The same number means nothing to a university with other formats.
        other = get(url + "/v1/check", token, {"text": draft, "context": {"policy": "dmu-student"}})
        assert "pii.student_id" not in {f["rule"] for f in other["findings"]}


# ------------------------------------------------------------------ browser policy templates
UPDATE_URL = "https://software.example.ac.uk/second-thought/updates.xml"
POLICIES = DEPLOY / "policies"


def parse_reg(path: Path) -> dict[str, dict[str, object]]:
    """A .reg file: key -> {value name: str | ('dword', int)}."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xff\xfe"), f"{path.name}: regedit files are UTF-16 with a byte-order mark"
    keys: dict[str, dict[str, object]] = {}
    lines = raw.decode("utf-16").splitlines()
    assert lines[0] == "Windows Registry Editor Version 5.00"
    current = None
    for line in lines[1:]:
        if not line.strip() or line.startswith(";"):
            continue
        if line.startswith("["):
            current = keys.setdefault(line.strip()[1:-1], {})
            continue
        m = re.fullmatch(r'"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))', line)
        assert m and current is not None, f"{path.name}: cannot read {line!r}"
        name = m.group(1)
        current[name] = m.group(2).replace('\\"', '"').replace("\\\\", "\\") if m.group(3) is None else ("dword", int(m.group(3), 16))
    return keys


def reg_managed(keys: dict[str, dict[str, object]], base: str) -> dict[str, object]:
    """The extension's managed settings from registry keys, converted the way Chromium does by the schema."""
    policy_key = f"{base}\\3rdparty\\extensions\\{EXTENSION_ID}\\policy"
    out: dict[str, object] = {}
    for name, value in keys[policy_key].items():
        kind = SCHEMA["properties"].get(name, {}).get("type")
        if isinstance(value, tuple):
            assert kind in ("boolean", "integer"), f"{name} is a DWORD but the schema says {kind}"
            assert kind != "boolean" or value[1] in (0, 1), f"{name}: a boolean DWORD is 0 or 1"
            out[name] = bool(value[1]) if kind == "boolean" else value[1]
        else:
            out[name] = value
    for key, values in keys.items():
        if key.startswith(policy_key + "\\"):
            name = key[len(policy_key) + 1:]
            assert sorted(values) == [str(i) for i in range(1, len(values) + 1)], f"{name}: list items are numbered 1, 2, ..."
            out[name] = [values[str(i)] for i in range(1, len(values) + 1)]
    return out


def chromium_install(policy: dict, where: str) -> None:
    """Force-installed from the self-hosted update manifest, the same way in both policies."""
    settings = policy["ExtensionSettings"][EXTENSION_ID]
    assert settings["installation_mode"] == "force_installed", where
    assert settings["update_url"] == UPDATE_URL, where
    assert policy["ExtensionInstallForcelist"] == [f"{EXTENSION_ID};{UPDATE_URL}"], where


def managed_templates() -> list[tuple[str, dict]]:
    """(where, the extension's managed configuration) for every template, read as each browser reads it."""
    out = []
    linux = json.loads((POLICIES / "linux" / "second-thought.json").read_text())
    chromium_install(linux, "linux")
    out.append(("linux/second-thought.json", linux["3rdparty"]["extensions"][EXTENSION_ID]))

    for name, base in (("chrome", r"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Google\Chrome"),
                       ("edge", r"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Edge")):
        keys = parse_reg(POLICIES / "windows" / f"second-thought-{name}.reg")
        forcelist = keys[base + "\\ExtensionInstallForcelist"]
        chromium_install({"ExtensionSettings": json.loads(keys[base]["ExtensionSettings"]),
                          "ExtensionInstallForcelist": [forcelist[k] for k in sorted(forcelist)]}, name)
        out.append((f"windows/second-thought-{name}.reg", reg_managed(keys, base)))

    profile = plistlib.loads((POLICIES / "macos" / "second-thought.mobileconfig").read_bytes())
    assert profile["PayloadType"] == "Configuration"
    payloads = {p["PayloadType"]: p for p in profile["PayloadContent"]}
    assert len({p["PayloadUUID"] for p in profile["PayloadContent"]} | {profile["PayloadUUID"]}) == len(payloads) + 1
    for domain in ("com.google.Chrome", "com.microsoft.Edge"):
        chromium_install(payloads[domain], domain)
        ext = payloads[f"{domain}.extensions.{EXTENSION_ID}"]
        out.append((f"macos {domain}", {k: v for k, v in ext.items() if not k.startswith("Payload")}))

    firefox = json.loads((POLICIES / "firefox" / "policies.json").read_text())["policies"]
    assert firefox["ExtensionSettings"][GECKO_ID]["installation_mode"] == "force_installed"
    assert firefox["ExtensionSettings"][GECKO_ID]["install_url"].endswith(".xpi")
    out.append(("firefox/policies.json", firefox["3rdparty"]["Extensions"][GECKO_ID]))
    return out


def test_every_policy_template_sets_exactly_the_keys_of_the_managed_schema_with_their_types():
    import jsonschema

    strict = {**SCHEMA, "additionalProperties": False, "required": sorted(SCHEMA["properties"])}
    templates = managed_templates()
    assert len(templates) == 6
    for where, managed in templates:
        problems = [f"{'/'.join(map(str, e.absolute_path)) or 'top'}: {e.message}" for e in jsonschema.Draft7Validator(strict).iter_errors(managed)]
        assert not problems, f"{where} does not match extension/managed_schema.json: {problems}"
    # Ready to edit: every template starts from the same values.
    assert all(m == templates[0][1] for _, m in templates), {w: m for w, m in templates}


def test_the_extension_reads_exactly_the_keys_the_managed_schema_declares():
    settings_js = (REPO / "extension" / "shared" / "settings.js").read_text()
    keys = re.search(r"MANAGED_KEYS = Object\.freeze\(\[([^\]]*)\]", settings_js).group(1)
    assert sorted(re.findall(r"'(\w+)'", keys)) == sorted(SCHEMA["properties"])
    manifest = json.loads((REPO / "extension" / "manifest.json").read_text())
    assert manifest["storage"]["managed_schema"] == "managed_schema.json"


def test_the_update_manifest_names_the_extension_and_the_version_being_released():
    manifest = json.loads((REPO / "extension" / "manifest.json").read_text())
    root = ET.parse(DEPLOY / "update" / "updates.xml").getroot()
    ns = {"g": "http://www.google.com/update2/response"}
    assert root.tag == "{http://www.google.com/update2/response}gupdate" and root.get("protocol") == "2.0"
    (app,) = root.findall("g:app", ns)
    assert app.get("appid") == EXTENSION_ID
    check = app.find("g:updatecheck", ns)
    assert check.get("version") == manifest["version"]
    assert check.get("codebase") == UPDATE_URL.rsplit("/", 1)[0] + f"/second-thought-{manifest['version']}.crx"


# ------------------------------------------------------------------ the IT guide cannot drift from the code
def toml_value(value: object) -> str:
    if value is None:
        return "(unset)"
    return json.dumps(value) if isinstance(value, (str, list, bool)) else repr(value)


def documented(table_text: str) -> dict[str, str]:
    """`| \\`key\\` | default | what |` rows: key -> default cell (backticks removed)."""
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+) \|", table_text, re.M)
    return {k: v.strip().strip("`") for k, v in rows}


def test_docs_it_lists_every_setting_and_limit_with_its_default():
    text = (REPO / "docs" / "it.md").read_text(encoding="utf-8")
    section = text[text.index("## 2. Configure the companion"):text.index("## 3.")]
    settings_part, limits_part = section.split("The `[limits]` table", 1)
    in_docs, limits_in_docs = documented(settings_part), documented(limits_part)

    defaults = Settings()
    expected = {f.name: toml_value(getattr(defaults, f.name)) for f in dataclasses.fields(Settings) if f.name != "limits"}
    expected_limits = {f.name: toml_value(getattr(defaults.limits, f.name)) for f in dataclasses.fields(Limits)}
    for want, got, where in ((expected, in_docs, "settings"), (expected_limits, limits_in_docs, "[limits]")):
        missing = sorted(set(want) - set(got))
        assert not missing, f"docs/it.md does not document these {where} keys: {missing}"
        stale = sorted(set(got) - set(want))
        assert not stale, f"docs/it.md documents {where} keys that do not exist: {stale}"
        wrong = {k: (got[k], want[k]) for k in want if got[k] != want[k]}
        assert not wrong, f"docs/it.md gives other defaults than the code (docs, code): {wrong}"


def test_the_example_configuration_in_docs_it_is_accepted_by_the_companion(tmp_path):
    from second_thought.config import load_settings

    text = (REPO / "docs" / "it.md").read_text(encoding="utf-8")
    example = re.search(r"Example `/etc/second-thought/config.toml`.*?```toml\n(.*?)```", text, re.S).group(1)
    path = tmp_path / "config.toml"
    path.write_text(example)
    settings = load_settings(path)
    assert settings.pack == "wessex-downs-student" and settings.limits.max_images == 2


def test_docs_it_describes_exactly_the_managed_settings_of_the_schema():
    text = (REPO / "docs" / "it.md").read_text(encoding="utf-8")
    section = text[text.index("## 3. Configure the extension by policy"):text.index("Templates, all with the same values")]
    assert set(documented(section)) == set(SCHEMA["properties"])


def test_the_pack_authors_guide_examples_pass_lint(tmp_path):
    """The YAML in shared-rules/README.md, pasted into a new pack, is valid: rule ids and fields still exist."""
    guide = (REPO / "shared-rules" / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", guide, re.S)
    env = home_env(tmp_path)
    pack = write_wessex_pack(tmp_path, env)
    text = pack.read_text()
    by_key = {b.split(":", 1)[0]: b for b in blocks}
    # Replace the template's sections with the guide's.
    for key in ("id_numbers", "organisation", "overrides"):
        start = text.index(f"\n{key}:") + 1
        end = text.find("\n\n", start)
        text = text[:start] + by_key[key].rstrip("\n") + (text[end:] if end != -1 else "\n")
    # The guide's clause 7.2 is the one write_wessex_pack wrote; its override example cites a 9.1.
    assert by_key["clauses"].split("\n", 1)[1] in text
    text = text.replace("\nclauses:\n", '\nclauses:\n  - id: "9.1"\n    quote: Do not post where you are while you are there.\n', 1)
    pack.write_text(text)
    lint = run_st("rules", "lint", str(pack), env=env)
    assert lint.returncode == 0, lint.stdout + text
    assert "overrides" in by_key and "complaint.public_grievance" in by_key["overrides"]
