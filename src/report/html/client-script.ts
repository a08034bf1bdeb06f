// The page's only script, inlined and allowed by its hash (see csp.ts). Plain ES2020 for the
// browser, kept as a string because it never runs in Node. It reads everything it needs from
// the DOM (data-rule, data-severity), so no report data is ever embedded in script context.
export const CLIENT_SCRIPT = `(() => {
  'use strict';
  const boxes = Array.from(document.querySelectorAll('input[data-filter]'));
  const filterable = Array.from(document.querySelectorAll('[data-rule]'));
  const findings = Array.from(document.querySelectorAll('.finding'));
  const flaggedItems = Array.from(document.querySelectorAll('.item.flagged'));
  const status = document.getElementById('nav-status');
  let shown = findings;
  let current = -1;

  const say = (text) => { if (status) status.textContent = text; };
  const checked = (kind) => new Set(boxes.filter((box) => box.dataset.filter === kind && box.checked).map((box) => box.value));

  // Filtering only toggles classes: the stylesheet hides notes and un-highlights marks, so one
  // pass over the elements stays fast at tens of thousands of findings.
  function applyFilters() {
    const rules = checked('rule');
    const severities = checked('severity');
    for (const element of filterable) {
      element.classList.toggle('is-filtered', !(rules.has(element.dataset.rule) && severities.has(element.dataset.severity)));
    }
    shown = findings.filter((finding) => !finding.classList.contains('is-filtered'));
    for (const item of flaggedItems) item.classList.toggle('is-quiet', !item.querySelector('.finding:not(.is-filtered)'));
    current = -1;
    say(shown.length + ' of ' + findings.length + ' findings shown');
  }

  function openFolds(element) {
    for (let fold = element.closest('details'); fold; fold = fold.parentElement && fold.parentElement.closest('details')) fold.open = true;
  }

  function jump(step) {
    if (shown.length === 0) { say('No findings shown'); return; }
    current = current < 0 ? (step > 0 ? 0 : shown.length - 1) : (current + step + shown.length) % shown.length;
    const finding = shown[current];
    for (const old of document.querySelectorAll('.finding.is-current')) old.classList.remove('is-current');
    finding.classList.add('is-current');
    openFolds(finding);
    finding.focus({ preventScroll: true });
    // The whole pair in view when it fits, so that the note is read with its text; else the note.
    const item = finding.closest('.item');
    const view = item.getBoundingClientRect().height < window.innerHeight * 0.8 ? item : finding;
    view.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    say('Finding ' + (current + 1) + ' of ' + shown.length + ': ' + finding.dataset.severity + ', ' + finding.dataset.rule);
  }

  // The rules menu closes as menus do: on Escape, or on a click anywhere else.
  const menus = Array.from(document.querySelectorAll('details.filter-menu'));
  function closeMenus(except) {
    for (const menu of menus) if (menu.open && !menu.contains(except)) menu.open = false;
  }
  document.addEventListener('click', (event) => closeMenus(event.target));

  const KEYS = new Map([['j', 1], ['n', 1], ['k', -1], ['p', -1]]);
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      const open = menus.find((menu) => menu.open);
      if (open) { open.open = false; open.querySelector('summary').focus(); }
      return;
    }
    if (event.target instanceof Element && event.target.closest('textarea, select, [contenteditable], input:not([type=checkbox])')) return;
    const step = KEYS.get(event.key);
    if (!step) return;
    event.preventDefault();
    jump(step);
  });
  for (const box of boxes) box.addEventListener('change', applyFilters);
  document.getElementById('next-finding').addEventListener('click', () => jump(1));
  document.getElementById('prev-finding').addEventListener('click', () => jump(-1));

  // Links into a folded run (the chart's anomalies, a shared URL) open the run first.
  function revealTarget() {
    const target = location.hash.length > 1 && document.getElementById(location.hash.slice(1));
    if (!target) return;
    openFolds(target);
    target.scrollIntoView({ block: 'center' });
  }
  window.addEventListener('hashchange', revealTarget);
  revealTarget();

  // Paper shows everything: folded runs open for printing and close again afterwards.
  let openedForPrint = [];
  window.addEventListener('beforeprint', () => {
    openedForPrint = Array.from(document.querySelectorAll('details.fold:not([open])'));
    for (const fold of openedForPrint) fold.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const fold of openedForPrint) fold.open = false;
    openedForPrint = [];
  });

  document.documentElement.classList.add('js');
})();
`;
