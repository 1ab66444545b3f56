'use strict';
// The dashboard: reads the projection API with the analyst key kept in sessionStorage (this tab only).

const KEY = 'retention.apiKey';
const charts = {};

function apiKey() { return sessionStorage.getItem(KEY) || ''; }

async function api(path) {
  const response = await fetch(path, { headers: { 'X-API-Key': apiKey(), 'Accept': 'application/json' } });
  const body = await response.json();
  if (!response.ok) {
    throw new Error((body && body.detail) || ('HTTP ' + response.status));
  }
  if (body.stale) { document.getElementById('stale').hidden = false; }
  return body;
}

function showError(e) {
  const p = document.getElementById('error');
  p.textContent = e ? e.message : '';
  p.hidden = !e;
}

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) { node.textContent = text; }
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  return node;
}

function chart(id, type, labels, datasets) {
  if (charts[id]) { charts[id].destroy(); }
  charts[id] = new Chart(document.getElementById(id), {
    type, data: { labels, datasets }, options: { animation: false, responsive: true }
  });
}

function percent(x) { return x === null || x === undefined ? '–' : (x * 100).toFixed(1) + ' %'; }

async function loadKpis() {
  const k = await api('/v1/kpis');
  const cards = document.getElementById('kpis');
  cards.replaceChildren();
  [['Customers', k.customers, 'kpi-customers'], ['Revenue', k.revenue, 'kpi-revenue'],
   ['Repurchase rate', percent(k.repurchaseRate), 'kpi-repurchase'], ['Churn rate', percent(k.churnRate), 'kpi-churn'],
   ['Open warnings', k.openWarnings, 'kpi-open-warnings'], ['NPS', k.nps === null ? '–' : k.nps, 'kpi-nps'],
   ['Save rate', percent(k.saveRate), 'kpi-save-rate']].forEach(([label, value, id]) => {
    const card = el('div', null, { class: 'card', id });
    card.append(el('div', label), el('div', String(value), { class: 'value' }));
    cards.append(card);
  });
}

async function loadCharts() {
  const tiers = await api('/v1/stats/tiers');
  chart('tier-chart', 'bar', tiers.tiers.map(t => t.tier), [{ label: 'customers', data: tiers.tiers.map(t => t.customers) }]);
  const stages = await api('/v1/stats/lifecycle');
  chart('stage-chart', 'bar', stages.stages.map(s => s.stage), [{ label: 'customers', data: stages.stages.map(s => s.customers) }]);
  const warnings = await api('/v1/stats/warnings?granularity=day');
  chart('warnings-chart', 'line', warnings.days.map(d => d.day), [
    { label: 'raised', data: warnings.days.map(d => d.raised) },
    { label: 'cleared', data: warnings.days.map(d => d.cleared) }]);
  const nps = await api('/v1/stats/nps?granularity=month');
  chart('nps-chart', 'line', nps.months.map(m => m.month), [{ label: 'NPS', data: nps.months.map(m => m.score) }]);
}

async function loadCohorts() {
  const data = await api('/v1/cohorts/retention?granularity=month');
  const table = document.getElementById('cohort-table');
  table.replaceChildren();
  const width = Math.max(0, ...data.cohorts.map(c => c.retention.length));
  const head = el('tr');
  head.append(el('th', 'Cohort'), el('th', 'Size'));
  for (let k = 0; k < width; k++) { head.append(el('th', 'M' + k)); }
  table.append(head);
  data.cohorts.forEach(c => {
    const row = el('tr', null, { 'data-cohort': c.cohort });
    row.append(el('td', c.cohort), el('td', String(c.size)));
    for (let k = 0; k < width; k++) {
      const share = c.retention[k];
      const cell = el('td', share === undefined || share === null ? '' : percent(share));
      if (share !== undefined && share !== null) {
        cell.style.backgroundColor = 'rgba(54, 162, 235, ' + (0.1 + 0.9 * share).toFixed(2) + ')';
      }
      row.append(cell);
    }
    table.append(row);
  });
}

let nextCursor = null;

function segmentQuery() {
  const params = new URLSearchParams();
  const risk = document.getElementById('risk-filter').value;
  const tier = document.getElementById('tier-filter').value;
  const category = document.getElementById('category-filter').value.trim();
  if (risk) { params.set('risk', risk); }
  if (tier) { params.set('tier', tier); }
  if (category) { params.set('category', category); }
  params.set('limit', '50');
  return params;
}

async function loadSegments(append) {
  const params = segmentQuery();
  if (append && nextCursor) { params.set('cursor', nextCursor); }
  const page = await api('/v1/segments?' + params);
  const tbody = document.querySelector('#at-risk-table tbody');
  if (!append) { tbody.replaceChildren(); }
  const search = document.getElementById('search').value.trim().toLowerCase();
  page.items.filter(r => !search || r.customerId.toLowerCase().includes(search)).forEach(r => {
    const row = el('tr');
    const link = el('a', r.customerId, { href: '#/customer/' + encodeURIComponent(r.customerId), class: 'customer-link' });
    const idCell = el('td');
    idCell.append(link);
    row.append(idCell, el('td', r.tier), el('td', r.risk), el('td', String(r.riskScore)), el('td', r.stage),
      el('td', r.spendLast12Months ? r.spendLast12Months.amount + ' ' + r.spendLast12Months.currency : ''),
      el('td', r.topCategory || ''));
    tbody.append(row);
  });
  nextCursor = page.nextCursor;
  document.getElementById('more').hidden = !nextCursor;
}

async function showCustomer(id) {
  const c = await api('/v1/customers/' + encodeURIComponent(id));
  document.getElementById('customer-name').textContent =
    (c.profile && c.profile.name ? c.profile.name + ' – ' : '') + c.customerId;
  const facts = document.getElementById('customer-facts');
  facts.replaceChildren();
  const add = (k, v) => { facts.append(el('dt', k), el('dd', v === undefined || v === null ? '–' : String(v))); };
  add('Tier', c.value && c.value.valueTier);
  add('Lifecycle stage', c.value && c.value.lifecycleStage);
  add('Frequency', c.value && c.value.frequencyClass);
  add('RFM', c.value && c.value.rfmScores ? [c.value.rfmScores.recency, c.value.rfmScores.frequency, c.value.rfmScores.monetary].join('') : null);
  add('Risk', c.risk ? c.risk.level + ' (' + c.risk.score + ')' : null);
  add('Open warning', c.openWarning ? c.openWarning.warningId + ' since ' + c.openWarning.raisedAt : null);
  const reasons = document.getElementById('reasons');
  reasons.replaceChildren();
  c.whyAtRisk.forEach(r => reasons.append(el('li', r.signal + ' (+' + r.points + '): ' + r.explanation
    + (r.eventIds.length ? ' — evidence ' + r.eventIds.join(', ') : ''))));
  const complaints = document.getElementById('complaints');
  complaints.replaceChildren();
  c.openComplaints.forEach(o => complaints.append(el('li', o.complaintId + ': ' + o.category + ', ' + o.severity + ' since ' + o.openedAt)));
  const timeline = document.getElementById('timeline');
  timeline.replaceChildren();
  c.timeline.forEach(t => timeline.append(el('li', t.time + ' — ' + t.summary)));
}

// Server-Sent Events over fetch, because EventSource cannot send the API key header.
async function followWarnings() {
  const list = document.getElementById('live-warnings');
  try {
    const response = await fetch('/v1/warnings/stream', { headers: { 'X-API-Key': apiKey(), 'Accept': 'text/event-stream' } });
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) { break; }
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').filter(l => l.startsWith('data:')).map(l => l.slice(5).trim()).join('\n');
        if (data) {
          const w = JSON.parse(data);
          list.prepend(el('li', w.at + ' ' + w.type.replace('retention.churn.', '') + ' ' + w.customerId));
          while (list.children.length > 20) { list.lastChild.remove(); }
        }
      }
    }
  } catch (e) {
    // the feed is a convenience: the charts still work without it
  }
}

async function route() {
  showError(null);
  const match = location.hash.match(/^#\/customer\/(.+)$/);
  document.getElementById('overview').hidden = !!match;
  document.getElementById('customer-view').hidden = !match;
  if (!apiKey()) { showError(new Error('Enter an analyst API key.')); return; }
  try {
    if (match) {
      await showCustomer(decodeURIComponent(match[1]));
    } else {
      await Promise.all([loadKpis(), loadCharts(), loadCohorts(), loadSegments(false)]);
    }
  } catch (e) {
    showError(e);
  }
}

document.getElementById('login-form').addEventListener('submit', e => {
  e.preventDefault();
  sessionStorage.setItem(KEY, document.getElementById('api-key').value.trim());
  document.getElementById('login-status').textContent = 'key set';
  route();
  followWarnings();
});
document.getElementById('segment-form').addEventListener('submit', e => { e.preventDefault(); loadSegments(false).catch(showError); });
document.getElementById('more').addEventListener('click', () => loadSegments(true).catch(showError));
window.addEventListener('hashchange', route);
if (apiKey()) { document.getElementById('login-status').textContent = 'key set'; followWarnings(); }
route();
