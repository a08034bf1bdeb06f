// The page's only stylesheet, inlined and allowed by its hash (see csp.ts). No inline style
// attributes anywhere: the policy would block them. Dark colours are for screens only, so
// that paper always gets the light palette.
export const STYLES = `
:root {
  color-scheme: light dark;
  --paper: #f6f4ef; --surface: #ffffff; --ink: #1f2328; --muted: #676e76; --line: #e3dfd6; --soft: #efece5;
  --accent: #2f5d8a;
  --error: #b42318; --error-bg: #fde7e4; --warning: #a15c07; --warning-bg: #fdf0d5; --info: #2e62a8; --info-bg: #e4eefb;
  --drift: #f6d36b; --drift-ink: #4d3800; --missing: #f7b4ab; --missing-ink: #5c0f08; --item-missing: #fbe3df;
  --paired: #3f8f6b; --band: #2f5d8a22; --point: #2f5d8a99;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
  --reading: Charter, "Iowan Old Style", "Source Serif Pro", Georgia, "Noto Serif", serif;
  --cjk-sc: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
  --cjk-tc: "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC", "Source Han Sans TC", sans-serif;
  --cjk-ja: "Hiragino Sans", "Yu Gothic", "Meiryo", "Noto Sans CJK JP", "Source Han Sans JP", sans-serif;
  --cjk-ko: "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", "Source Han Sans KR", sans-serif;
  --mono: ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --paper: #16181b; --surface: #1e2125; --ink: #e6e3dc; --muted: #9aa1a9; --line: #33373d; --soft: #262a2f;
    --accent: #8cb8e6;
    --error: #ff8a7a; --error-bg: #4a1d18; --warning: #f0b35a; --warning-bg: #43310f; --info: #8cb8e6; --info-bg: #1b3049;
    --drift: #8a6a12; --drift-ink: #fff3cf; --missing: #8c2f25; --missing-ink: #ffe5e0; --item-missing: #3d1f1b;
    --paired: #5fbf93; --band: #8cb8e62b; --point: #8cb8e6aa;
  }
}
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); font: 15px/1.55 var(--sans); -webkit-text-size-adjust: 100%; }
body { margin: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.muted { color: var(--muted); }
code, kbd { font-family: var(--mono); font-size: 0.86em; }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; padding: 0 0.3em; background: var(--surface); }
a { color: var(--accent); }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }

.page-head, main { max-width: 1380px; margin: 0 auto; padding: 0 28px; }
.page-head { padding-top: 28px; padding-bottom: 8px; }
.page-head h1 { font: 600 1.6rem/1.2 var(--reading); margin: 0 0 4px; letter-spacing: -0.01em; }
.page-head .tool { color: var(--muted); margin: 0; }

.overview { display: grid; grid-template-columns: minmax(300px, 1fr) minmax(320px, 1.35fr); gap: 20px; margin: 18px 0 8px; align-items: start; }
.overview-numbers { display: grid; gap: 16px; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; }
.card { background: var(--surface); border: 1px solid var(--line); border-radius: 12px; padding: 12px 14px; border-top: 4px solid var(--line); }
.card .count { display: block; font: 600 1.9rem/1.1 var(--reading); font-variant-numeric: tabular-nums; }
.card .label { color: var(--muted); font-size: 0.85rem; }
.card.error { border-top-color: var(--error); } .card.error .count { color: var(--error); }
.card.warning { border-top-color: var(--warning); } .card.warning .count { color: var(--warning); }
.card.info { border-top-color: var(--info); } .card.info .count { color: var(--info); }
.card.pairs { border-top-color: var(--ink); }
.coverage { background: var(--surface); border: 1px solid var(--line); border-radius: 12px; padding: 12px 14px; }
.coverage p { margin: 0 0 8px; }
.coverage strong { font: 600 1.25rem var(--reading); }
.coverage-bar { display: block; width: 100%; height: 10px; }
.coverage-bar .paired { fill: var(--paired); } .coverage-bar .unpaired { fill: var(--soft); }
table.rules { width: 100%; border-collapse: collapse; background: var(--surface); border: 1px solid var(--line); border-radius: 12px; overflow: hidden; }
table.rules th, table.rules td { padding: 7px 12px; border-bottom: 1px solid var(--line); text-align: left; }
table.rules thead th { font-weight: 500; color: var(--muted); font-size: 0.82rem; text-transform: uppercase; letter-spacing: 0.04em; }
table.rules tr:last-child > * { border-bottom: 0; }
table.rules .num { text-align: right; font-variant-numeric: tabular-nums; width: 5.5em; }
td.error { color: var(--error); font-weight: 600; } td.warning { color: var(--warning); font-weight: 600; } td.info { color: var(--info); font-weight: 600; }
td.zero { color: var(--muted); }
.no-findings { background: var(--surface); border: 1px solid var(--line); border-radius: 12px; padding: 14px; margin: 0; }

.charts { display: grid; gap: 12px; }
.chart { margin: 0; background: var(--surface); border: 1px solid var(--line); border-radius: 12px; padding: 10px 12px; }
.length-chart { display: block; width: 100%; height: auto; font-family: var(--sans); }
.length-chart .grid { stroke: var(--line); stroke-width: 1; }
.length-chart .tick { fill: var(--muted); font-size: 11px; }
.length-chart .axis-label { fill: var(--muted); font-size: 12px; }
.length-chart .band { fill: var(--band); }
.length-chart .expected { stroke: var(--accent); stroke-width: 1.2; stroke-dasharray: 5 4; }
.length-chart .points { stroke: var(--point); stroke-width: 7; stroke-linecap: round; fill: none; }
.length-chart .anomaly circle { fill: var(--error); stroke: var(--surface); stroke-width: 2; }
.length-chart .anomaly:hover circle, .length-chart .anomaly:focus circle { stroke: var(--ink); }
.length-chart .anomaly.is-filtered circle { fill: var(--point); r: 3px; stroke: none; }
.chart figcaption { color: var(--muted); font-size: 0.82rem; margin-top: 4px; }
.legend-anomaly { color: var(--error); font-weight: 600; }

.toolbar { display: none; }
.js .toolbar { display: flex; flex-wrap: wrap; gap: 8px 18px; align-items: center; position: sticky; top: 0; z-index: 5; margin: 14px -28px 0; padding: 10px 28px;
  background: color-mix(in srgb, var(--paper) 88%, transparent); backdrop-filter: blur(8px); border-bottom: 1px solid var(--line); }
.filter { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 6px; align-items: center; }
.filter legend { float: left; color: var(--muted); font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.05em; margin-right: 4px; }
.filter-menu { position: relative; }
.filter-menu > summary { cursor: pointer; list-style: none; font-size: 0.88rem; padding: 3px 10px; border: 1px solid var(--line); border-radius: 8px; background: var(--surface); }
.filter-menu > summary::after { content: " ▾"; color: var(--muted); }
.filter-menu[open] > summary { border-color: var(--accent); }
.filter-menu > .filter { position: absolute; top: calc(100% + 6px); left: 0; z-index: 6; flex-direction: column; align-items: flex-start; gap: 6px; min-width: 17rem;
  padding: 10px; background: var(--surface); border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 8px 24px #0002; }
.toggle { display: inline-flex; gap: 5px; align-items: center; padding: 3px 9px 3px 6px; border: 1px solid var(--line); border-radius: 999px; background: var(--surface); cursor: pointer; font-size: 0.88rem; }
.toggle:has(input:not(:checked)) { opacity: 0.55; }
.toggle input { margin: 0; accent-color: var(--accent); }
.jump { display: flex; gap: 6px; align-items: center; margin-left: auto; }
.jump button { font: inherit; font-size: 0.88rem; padding: 4px 10px; border: 1px solid var(--line); border-radius: 8px; background: var(--surface); color: var(--ink); cursor: pointer; }
.jump button:hover { border-color: var(--accent); }
#nav-status { color: var(--muted); font-size: 0.85rem; min-width: 14em; }

.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 12px 0 0; padding: 0; color: var(--muted); font-size: 0.82rem; }
.legend .mark { font-size: 0.9rem; color: var(--ink); }
.badge { display: inline-block; font-size: 0.72rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; padding: 1px 7px; border-radius: 999px; }
.badge.error { color: var(--error); background: var(--error-bg); }
.badge.warning { color: var(--warning); background: var(--warning-bg); }
.badge.info { color: var(--info); background: var(--info-bg); }

.input { margin: 26px 0 60px; }
.input-title { font: 600 1.15rem var(--mono); margin: 0; word-break: break-all; }
.input-meta { color: var(--muted); margin: 2px 0 14px; }
.column-heads { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; padding: 0 18px 6px; color: var(--muted); font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.06em; }
.section-title { font: 600 1.15rem/1.4 var(--sans); margin: 30px 0 10px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }

.item { background: var(--surface); border: 1px solid var(--line); border-left: 4px solid transparent; border-radius: 10px; padding: 10px 16px 14px; margin: 10px 0;
  scroll-margin-top: 90px; }
/* Long documents: the browser skips laying out items far off screen (they keep their space). */
.long-document .item { content-visibility: auto; contain-intrinsic-size: auto 200px; }
.item.flagged[data-worst=error] { border-left-color: var(--error); }
.item.flagged[data-worst=warning] { border-left-color: var(--warning); }
.item.flagged[data-worst=info] { border-left-color: var(--info); }
.item.flagged.is-quiet { border-left-color: transparent; }
.item-head { margin: 0 0 6px; font-size: 0.78rem; color: var(--muted); display: flex; gap: 10px; align-items: baseline; }
.pair-id { font-family: var(--mono); color: var(--ink); font-weight: 600; }
.unpaired-badge { font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em; color: var(--info); }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
.side { white-space: pre-wrap; overflow-wrap: anywhere; font-family: var(--reading); font-size: 1.02rem; line-height: 1.7; }
.side:lang(zh), .side:lang(zh-Hans) { font-family: var(--cjk-sc); line-height: 1.85; }
.side:lang(zh-Hant), .side:lang(zh-TW), .side:lang(zh-HK) { font-family: var(--cjk-tc); line-height: 1.85; }
.side:lang(ja) { font-family: var(--cjk-ja); line-height: 1.85; }
.side:lang(ko) { font-family: var(--cjk-ko); line-height: 1.8; }
.side.absent { display: flex; align-items: center; justify-content: center; min-height: 4em; border-radius: 8px; color: var(--muted); font: italic 0.9rem var(--sans);
  background: repeating-linear-gradient(135deg, var(--soft) 0 8px, transparent 8px 16px); border: 1px dashed var(--line); }
.item.unpaired { border-style: dashed; border-left-style: solid; }

.mark { border-radius: 3px; padding: 0 1px; color: inherit; background: none; }
.mark.quantity-matched { text-decoration: underline dotted var(--paired) 2px; text-underline-offset: 4px; }
.mark.quantity-drifted { background: var(--drift); color: var(--drift-ink); box-shadow: 0 0 0 1px var(--drift); }
.mark.quantity-missing { background: var(--missing); color: var(--missing-ink); text-decoration: underline wavy var(--error) 1px; text-underline-offset: 3px; }
.mark.entity-missing { background: var(--missing); color: var(--missing-ink); }
.mark.term-issue, .mark.format-issue { background: var(--drift); color: var(--drift-ink); }
.mark.list-missing { background: var(--item-missing); box-shadow: inset 3px 0 0 var(--error); padding-left: 5px; border-radius: 2px; }
.mark.sentence-missing { background: var(--item-missing); text-decoration: underline dotted var(--error) 2px; text-underline-offset: 4px; }
.mark.is-filtered { background: none; box-shadow: none; color: inherit; text-decoration: none; }

.findings { list-style: none; margin: 12px 0 0; padding: 10px 0 0; border-top: 1px solid var(--line); display: grid; gap: 6px; }
.finding { line-height: 1.5; border-radius: 6px; padding: 2px 6px; margin: 0 -6px; }
.finding.is-filtered { display: none; }
.finding.is-current { background: var(--soft); outline: 2px solid var(--accent); }
.rule-id { color: var(--muted); }
.diffs { list-style: none; margin: 4px 0 0; padding: 0 0 0 4px; }
.quantity-diff { display: inline-flex; gap: 8px; align-items: baseline; font-family: var(--mono); font-size: 0.9rem; }
.quantity-diff del { background: var(--missing); color: var(--missing-ink); text-decoration: none; border-radius: 3px; padding: 0 2px; }
.quantity-diff ins { background: var(--drift); color: var(--drift-ink); text-decoration: none; border-radius: 3px; padding: 0 2px; }
.diff-arrow { color: var(--muted); }
.loose .item-head { font-weight: 600; }

.fold { margin: 10px 0; }
.fold > summary { cursor: pointer; color: var(--muted); padding: 8px 16px; border: 1px dashed var(--line); border-radius: 10px; list-style-position: inside; }
.fold > summary:hover { color: var(--ink); border-color: var(--muted); }
.fold-lines { font-size: 0.85em; margin-left: 6px; }

@media (max-width: 900px) {
  .overview { grid-template-columns: 1fr; }
  .cards { grid-template-columns: repeat(2, 1fr); }
}
@media (max-width: 640px) {
  .sides, .column-heads { grid-template-columns: 1fr; gap: 10px; }
  .column-heads { display: none; }
}
@media print {
  html { background: #fff; color: #000; font-size: 11pt; }
  .js .toolbar, .fold > summary { display: none; }
  .page-head, main { max-width: none; padding: 0; }
  .item, .long-document .item { break-inside: avoid; content-visibility: visible; border-color: #bbb; }
  .card, .coverage, .chart, table.rules { break-inside: avoid; }
  .overview { grid-template-columns: 1fr 1fr; }
  .mark, .badge, .card, .coverage-bar, .length-chart { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
@media (prefers-reduced-motion: reduce) { html { scroll-behavior: auto; } }
`;
