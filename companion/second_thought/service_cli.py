"""``second-thought install-service`` / ``uninstall-service``: run the companion at login.

* Linux: a per-user systemd unit, ``$XDG_CONFIG_HOME/systemd/user/second-thought.service``
  (``~/.config/...``), enabled and started with ``systemctl --user`` when systemd runs.
* macOS: a launchd agent, ``~/Library/LaunchAgents/org.second-thought.companion.plist``,
  loaded with ``launchctl bootstrap gui/<uid>``.
* Windows: a Task Scheduler task file written to the configuration folder, and the
  commands that register it printed (``deploy/windows/`` has the same for IT).

The service runs exactly this program (the absolute path of the ``second-thought``
that installed it) with ``serve``, so a later upgrade in the same place needs no
reinstall. ``--port``/``--pack`` become arguments of that command; every other
setting belongs in the configuration file (``second-thought config``).
"""

from __future__ import annotations

import argparse
import os
import plistlib
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from .config import config_dir

UNIT_NAME = "second-thought.service"
LAUNCHD_LABEL = "org.second-thought.companion"
TASK_NAME = "Second Thought companion"
# Exit status of `serve` when its settings cannot work (bad rules, port taken):
# restarting would fail the same way, so the service manager must not loop.
EXIT_CONFIG = 2


# ------------------------------------------------------------------ what runs
def companion_command() -> list[str]:
    """The absolute command that starts this very installation's companion."""
    argv0 = sys.argv[0] if sys.argv else ""
    if Path(argv0).name.startswith("second-thought") and Path(argv0).is_file():
        return [os.path.abspath(argv0)]
    for name in ("second-thought", "second-thought.exe"):
        sibling = Path(sys.executable).with_name(name)
        if sibling.is_file():
            return [os.path.abspath(sibling)]
    found = shutil.which("second-thought")
    if found:
        return [os.path.abspath(found)]
    return [os.path.abspath(sys.executable), "-m", "second_thought"]


def serve_command(args: argparse.Namespace) -> list[str]:
    cmd = [*companion_command(), "serve"]
    if args.port is not None:
        cmd += ["--port", str(args.port)]
    if args.pack:
        cmd += ["--pack", args.pack]
    return cmd


def service_environment(args: argparse.Namespace) -> dict[str, str]:
    env = {"OMP_THREAD_LIMIT": "1", "PYTHONUNBUFFERED": "1"}
    config = getattr(args, "config", None) or os.environ.get("SECOND_THOUGHT_CONFIG")
    if config:
        env["SECOND_THOUGHT_CONFIG"] = os.path.abspath(config)
    if os.environ.get("SECOND_THOUGHT_RULES"):
        env["SECOND_THOUGHT_RULES"] = os.path.abspath(os.environ["SECOND_THOUGHT_RULES"])
    return env


def detect_platform() -> str:
    if sys.platform == "darwin":
        return "macos"
    if sys.platform.startswith("win"):
        return "windows"
    return "linux"


# ------------------------------------------------------------------ file contents
def _systemd_quote(word: str, *, command: bool = True) -> str:
    """One ExecStart word (or Environment= assignment): specifiers ('%') escaped,
    '$' escaped in commands only (Environment= does not expand it), quoted when
    it has spaces, quotes or backslashes."""
    word = word.replace("%", "%%")
    if command:
        word = word.replace("$", "$$")
    if any(c in word for c in ' \t"\'\\;'):
        return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return word


def systemd_unit(command: list[str], env: dict[str, str]) -> str:
    lines = [
        "# Written by `second-thought install-service`; `second-thought uninstall-service` removes it.",
        "# Settings belong in the configuration file (`second-thought config` shows it), not here.",
        "[Unit]",
        "Description=Second Thought companion (checks social-media drafts on this computer only)",
        "",
        "[Service]",
        "Type=simple",
        "ExecStart=" + " ".join(_systemd_quote(w) for w in command),
    ]
    for key, value in env.items():
        lines.append("Environment=" + _systemd_quote(f"{key}={value}", command=False))
    lines += [
        "Restart=on-failure",
        "RestartSec=5",
        f"RestartPreventExitStatus={EXIT_CONFIG}",
        "NoNewPrivileges=yes",
        "",
        "[Install]",
        "WantedBy=default.target",
        "",
    ]
    return "\n".join(lines)


def launchd_plist(command: list[str], env: dict[str, str], home: Path) -> bytes:
    logs = home / "Library" / "Logs" / "second-thought.log"
    return plistlib.dumps({
        "Label": LAUNCHD_LABEL,
        "ProgramArguments": command,
        "EnvironmentVariables": env,
        "RunAtLoad": True,
        # Restart when it crashes, not when it was stopped or refused its settings.
        "KeepAlive": {"SuccessfulExit": False, "Crashed": True},
        "ThrottleInterval": 10,
        "ProcessType": "Interactive",
        "StandardOutPath": str(logs),
        "StandardErrorPath": str(logs),
    })


def windows_command(args: argparse.Namespace) -> list[str]:
    """On Windows: pythonw (no console window) running the module, the settings file as an argument.

    Task Scheduler cannot set environment variables, so ``--config`` is passed
    instead of SECOND_THOUGHT_CONFIG (OMP_THREAD_LIMIT: see deploy/windows/README.md).
    """
    pythonw = Path(sys.executable).with_name("pythonw.exe")
    cmd = [str(pythonw), "-m", "second_thought"] if pythonw.is_file() else companion_command()
    config = getattr(args, "config", None) or os.environ.get("SECOND_THOUGHT_CONFIG")
    if config:
        cmd += ["--config", os.path.abspath(config)]
    return cmd + serve_command(args)[len(companion_command()):]


def windows_task_xml(command: list[str]) -> str:
    """A Task Scheduler task (schtasks /Create /XML) that starts the companion at logon."""
    def arg(word: str) -> str:
        return f'"{word}"' if " " in word or not word else word

    return f"""<?xml version="1.0" encoding="UTF-16"?>
<!-- Written by `second-thought install-service`. Register it with:
     schtasks /Create /TN "{TASK_NAME}" /XML "this file" /F -->
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Description>Second Thought companion: checks social-media drafts on this computer only.</Description>
  </RegistrationInfo>
  <Triggers>
    <LogonTrigger><Enabled>true</Enabled></LogonTrigger>
  </Triggers>
  <Principals>
    <Principal id="Author">
      <LogonType>InteractiveToken</LogonType>
      <RunLevel>LeastPrivilege</RunLevel>
    </Principal>
  </Principals>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
    <ExecutionTimeLimit>PT0S</ExecutionTimeLimit>
    <RestartOnFailure><Interval>PT1M</Interval><Count>5</Count></RestartOnFailure>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>{escape(command[0])}</Command>
      <Arguments>{escape(" ".join(arg(w) for w in command[1:]))}</Arguments>
    </Exec>
  </Actions>
</Task>
"""


# ------------------------------------------------------------------ platforms
@dataclass
class Plan:
    """What installing (or uninstalling) does: files and commands, shown by --dry-run."""

    files: dict[Path, bytes] = field(default_factory=dict)
    commands: list[list[str]] = field(default_factory=list)  # install: after writing; uninstall: before removing
    after: list[list[str]] = field(default_factory=list)  # uninstall: after removing
    notes: list[str] = field(default_factory=list)


def systemd_unit_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "systemd" / "user" / UNIT_NAME


def launchd_plist_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"


def windows_task_path() -> Path:
    return config_dir() / "second-thought-task.xml"


def systemd_running() -> bool:
    """True when systemd is the init system (sd_booted) and systemctl exists."""
    return Path("/run/systemd/system").is_dir() and shutil.which("systemctl") is not None


def install_plan(args: argparse.Namespace, platform: str) -> Plan:
    command, env = serve_command(args), service_environment(args)
    plan = Plan()
    if platform == "linux":
        path = systemd_unit_path()
        plan.files[path] = systemd_unit(command, env).encode()
        plan.commands += [["systemctl", "--user", "daemon-reload"],
                          ["systemctl", "--user", "enable", UNIT_NAME],
                          ["systemctl", "--user", "restart", UNIT_NAME]]
        plan.notes.append(f"Status: systemctl --user status {UNIT_NAME}; logs: journalctl --user -u {UNIT_NAME}")
    elif platform == "macos":
        path = launchd_plist_path()
        plan.files[path] = launchd_plist(command, env, Path.home())
        domain = f"gui/{os.getuid()}" if hasattr(os, "getuid") else "gui/$(id -u)"
        plan.commands += [["launchctl", "bootout", f"{domain}/{LAUNCHD_LABEL}"],
                          ["launchctl", "bootstrap", domain, str(path)]]
        plan.notes.append(f"Status: launchctl print {domain}/{LAUNCHD_LABEL}; logs: ~/Library/Logs/second-thought.log")
    else:
        path = windows_task_path()
        plan.files[path] = windows_task_xml(windows_command(args)).encode("utf-16")
        plan.commands += [["schtasks", "/Create", "/TN", TASK_NAME, "/XML", str(path), "/F"],
                          ["schtasks", "/Run", "/TN", TASK_NAME]]
        plan.notes.append("deploy/windows/README.md has the same steps for all users (Group Policy, Intune).")
    return plan


def uninstall_plan(platform: str) -> Plan:
    plan = Plan()
    if platform == "linux":
        plan.commands += [["systemctl", "--user", "disable", "--now", UNIT_NAME]]
        plan.files[systemd_unit_path()] = b""
        plan.after += [["systemctl", "--user", "daemon-reload"]]
    elif platform == "macos":
        domain = f"gui/{os.getuid()}" if hasattr(os, "getuid") else "gui/$(id -u)"
        plan.commands += [["launchctl", "bootout", f"{domain}/{LAUNCHD_LABEL}"]]
        plan.files[launchd_plist_path()] = b""
    else:
        plan.commands += [["schtasks", "/End", "/TN", TASK_NAME], ["schtasks", "/Delete", "/TN", TASK_NAME, "/F"]]
        plan.files[windows_task_path()] = b""
    return plan


def _show(cmd: list[str]) -> str:
    return " ".join(f'"{w}"' if " " in w else w for w in cmd)


def _run(commands: list[list[str]], tolerate_first: bool = False) -> str | None:
    """Runs the commands in order; the first failure as a sentence, or None."""
    for i, cmd in enumerate(commands):
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return f"'{_show(cmd)}' could not run: {exc}"
        if done.returncode != 0 and not (tolerate_first and i == 0):
            return f"'{_show(cmd)}' failed (exit {done.returncode}): {done.stderr.strip() or done.stdout.strip()}"
    return None


def _manager_available(platform: str) -> str | None:
    """Why the service manager cannot be used here, or None when it can."""
    if platform == "linux":
        if not systemd_running():
            return "systemd is not running on this machine"
    elif platform == "macos":
        if not shutil.which("launchctl"):
            return "launchctl is not available"
    elif not shutil.which("schtasks"):
        return "schtasks is not available"
    return None


# ------------------------------------------------------------------ commands
def cmd_install(args: argparse.Namespace) -> int:
    platform = args.platform or detect_platform()
    plan = install_plan(args, platform)
    if args.dry_run:
        for path, content in plan.files.items():
            print(f"# would write {path}:")
            print(content.decode("utf-16") if platform == "windows" else content.decode())
        print("# then run:" if not args.no_start else "# (--no-start: nothing would be started)")
        if not args.no_start:
            for cmd in plan.commands:
                print(_show(cmd))
        return 0
    for path, content in plan.files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        print(f"Wrote {path}")
    start = [_show(c) for c in plan.commands]
    if args.no_start:
        print("Not started (--no-start). To start it:\n  " + "\n  ".join(start))
        return 0
    why = _manager_available(platform)
    if why:
        print(f"Not started: {why}. When it is, run:\n  " + "\n  ".join(start))
        print(f"Until then start the companion by hand: {_show(serve_command(args))}")
        return 1
    problem = _run(plan.commands, tolerate_first=platform == "macos")
    if problem:
        print(f"Not started: {problem}", file=sys.stderr)
        return 1
    print("Installed and started; it starts again at every login.")
    for note in plan.notes:
        print(note)
    return 0


def cmd_uninstall(args: argparse.Namespace) -> int:
    platform = args.platform or detect_platform()
    plan = uninstall_plan(platform)
    stop = not args.no_stop and _manager_available(platform) is None
    if args.dry_run:
        for cmd in plan.commands if stop else ():
            print(_show(cmd))
        for path in plan.files:
            print(f"rm {path}")
        for cmd in plan.after if stop else ():
            print(_show(cmd))
        return 0
    problem = _run(plan.commands) if stop else None
    removed = []
    for path in plan.files:
        if path.exists():
            path.unlink()
            removed.append(path)
            print(f"Removed {path}")
    if stop:
        _run(plan.after)
    if not removed:
        print("No service was installed for this user: nothing to remove.")
    if problem and removed:
        print(f"Note: stopping it reported: {problem}", file=sys.stderr)
    print("The configuration file and the token are kept: " + str(config_dir()))
    return 0


def add_service_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("install-service", help="start the companion at every login (systemd user unit, launchd agent, or scheduled task)",
                       description="Register the companion as a per-user service: a systemd user unit on Linux, a launchd agent on macOS, "
                                   "a scheduled task on Windows. It runs this program's absolute path with 'serve'. "
                                   "Other settings belong in the configuration file ('second-thought config').")
    p.add_argument("--port", type=int, help="port the service listens on (default: the configuration file's, else 8765)")
    p.add_argument("--pack", help="default policy pack (default: the configuration file's, else dmu-student)")
    p.add_argument("--dry-run", action="store_true", help="print the files and commands; change nothing")
    p.add_argument("--no-start", action="store_true", help="only write the files; do not enable or start the service")
    p.add_argument("--platform", choices=["linux", "macos", "windows"], help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_install)

    p = sub.add_parser("uninstall-service", help="stop the companion service and remove its files",
                       description="Stop and disable the per-user service and remove the file install-service wrote. "
                                   "The configuration file and the token are kept.")
    p.add_argument("--dry-run", action="store_true", help="print what would be stopped and removed; change nothing")
    p.add_argument("--no-stop", action="store_true", help="only remove the files; do not ask the service manager to stop it")
    p.add_argument("--platform", choices=["linux", "macos", "windows"], help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_uninstall)
