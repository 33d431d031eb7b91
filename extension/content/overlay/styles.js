// The overlay's stylesheet, inside its shadow root so pages cannot restyle it.
export const CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483647; overflow: hidden; }
.mark { position: fixed; pointer-events: none; border-radius: 2px; box-sizing: border-box; }
.mark::after { content: ""; position: absolute; left: 0; right: 0; bottom: -1px; height: 2px; background: var(--c); border-radius: 1px; }
.mark[data-severity="high"] { --c: #d0312d; background: rgba(208, 49, 45, 0.12); }
.mark[data-severity="medium"] { --c: #d97706; background: rgba(217, 119, 6, 0.12); }
.mark[data-severity="low"] { --c: #2563eb; background: rgba(37, 99, 235, 0.10); }
.mark.active { background: color-mix(in srgb, var(--c) 25%, transparent); }
.badge { position: fixed; pointer-events: auto; min-width: 22px; height: 22px; padding: 0 6px; border-radius: 11px;
  border: 2px solid #fff; color: #fff; font: 600 12px/18px system-ui, sans-serif; cursor: pointer;
  box-shadow: 0 1px 4px rgba(0,0,0,.35); background: var(--c); --c: #d0312d; }
.badge[data-severity="medium"] { --c: #b45309; }
.badge[data-severity="low"] { --c: #2563eb; }
.badge[data-offline="true"]::after { content: ""; position: absolute; top: -4px; right: -4px; width: 8px; height: 8px;
  border-radius: 50%; background: #6b7280; border: 1px solid #fff; }
.badge:focus-visible, .card button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.card { position: fixed; pointer-events: auto; width: 340px; max-width: calc(100vw - 16px); box-sizing: border-box;
  background: #fff; color: #1f2937; border: 1px solid #d1d5db; border-left: 4px solid var(--c); border-radius: 8px;
  box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 12px 14px; font: 14px/1.45 system-ui, sans-serif; --c: #d0312d; }
.card[data-severity="medium"] { --c: #d97706; }
.card[data-severity="low"] { --c: #2563eb; }
.card h2 { font-size: 15px; margin: 0 0 4px; display: flex; gap: 8px; align-items: baseline; }
.card .sev { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: var(--c); }
.card p { margin: 0 0 8px; }
.card blockquote { margin: 0 0 8px; padding: 6px 10px; background: #f3f4f6; border-radius: 4px; font-style: italic; }
.card cite { display: block; font-size: 12px; color: #4b5563; margin: -4px 0 8px; font-style: normal; }
.card .offline { font-size: 12px; color: #4b5563; margin: 0 0 8px; }
.card .actions { display: flex; gap: 8px; align-items: center; }
.card .actions .count { margin-left: auto; font-size: 12px; color: #4b5563; }
.card button { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; border: 1px solid #9ca3af;
  background: #fff; color: inherit; cursor: pointer; }
.card button.close { position: absolute; top: 6px; right: 6px; border: 0; padding: 0 6px; font-size: 18px; line-height: 1; background: transparent; }
.card button.fix { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
.card .thumb { display: block; max-width: 120px; max-height: 90px; border-radius: 4px; margin: 0 0 8px; border: 1px solid #d1d5db; }
.pill { position: fixed; pointer-events: none; height: 22px; padding: 0 10px; border-radius: 11px; background: #374151; color: #fff;
  font: 600 12px/22px system-ui, sans-serif; box-shadow: 0 1px 4px rgba(0,0,0,.3); white-space: nowrap; }
.backdrop { position: fixed; inset: 0; pointer-events: auto; background: rgba(17, 24, 39, 0.45); display: flex;
  align-items: center; justify-content: center; }
.confirm { width: 420px; max-width: calc(100vw - 32px); max-height: calc(100vh - 32px); overflow: auto; box-sizing: border-box;
  background: #fff; color: #1f2937; border-radius: 10px; border-top: 5px solid #d0312d; padding: 16px 18px;
  box-shadow: 0 12px 32px rgba(0,0,0,.3); font: 14px/1.45 system-ui, sans-serif; }
.confirm h2 { font-size: 17px; margin: 0 0 8px; }
.confirm p { margin: 0 0 8px; }
.confirm ul { margin: 0 0 12px; padding-left: 20px; }
.confirm li { margin: 0 0 4px; }
.confirm .excerpt { background: #fde8e8; border-radius: 3px; padding: 0 3px; font-family: ui-monospace, monospace; }
.confirm .thumb { display: block; max-width: 96px; max-height: 72px; margin: 4px 0; border-radius: 4px; }
.confirm .actions { display: flex; gap: 10px; justify-content: flex-end; }
.confirm button { font: inherit; padding: 6px 14px; border-radius: 6px; border: 1px solid #9ca3af; background: #fff; color: inherit; cursor: pointer; }
.confirm button.edit { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
.confirm button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2937; color: #f3f4f6; border-color: #4b5563; }
  .card blockquote { background: #111827; }
  .card cite, .card .offline, .card .actions .count { color: #9ca3af; }
  .card button { background: #374151; border-color: #6b7280; }
  .mark[data-severity="high"] { --c: #f87171; }
  .mark[data-severity="medium"] { --c: #fbbf24; }
  .mark[data-severity="low"] { --c: #60a5fa; }
  .badge { border-color: #1f2937; }
  .confirm { background: #1f2937; color: #f3f4f6; }
  .confirm button { background: #374151; border-color: #6b7280; }
  .confirm .excerpt { background: #7f1d1d; }
}
`;
