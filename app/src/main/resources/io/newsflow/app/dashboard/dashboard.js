// The live dashboard: polls /api/dashboard every two seconds and redraws. Article text is put in
// the page as text nodes only, never as HTML, since it comes from the wire.
"use strict";

const POLL_MS = 2000;
const history = { t: [], ingested: [], delivered: [] };

function byId(id) { return document.getElementById(id); }
function setText(id, value) { byId(id).textContent = value; }
function fmt(n, digits = 0) { return n === null || n === undefined || Number.isNaN(n) ? "–" : Number(n).toFixed(digits); }

async function poll() {
  try {
    const response = await fetch("/api/dashboard", { cache: "no-store" });
    if (!response.ok) throw new Error("HTTP " + response.status);
    const d = await response.json();
    render(d);
    renderEntities(await topEntities(d));
    byId("live").textContent = "live";
    byId("live").classList.remove("down");
  } catch (e) {
    byId("live").textContent = "no answer (" + e.message + ")";
    byId("live").classList.add("down");
  } finally {
    setTimeout(poll, POLL_MS);
  }
}

// Where enrich serves this page (or the demo), the panel shows enrich's counts of the current five
// minutes across all its instances; elsewhere /trends is not served (404, asked once) and the panel
// counts the latest articles this page's server has seen.
let trendsServed = true;

async function topEntities(d) {
  if (trendsServed) {
    const response = await fetch("/trends?window=5m&top=10", { cache: "no-store" });
    if (response.ok) return { source: "trends", title: "Top entities, last 5 minutes", entities: (await response.json()).entities };
    trendsServed = response.status !== 404;
  }
  return { source: "recent", title: "Top entities now", entities: d.topEntities };
}

function renderEntities(top) {
  const entities = byId("entities");
  entities.dataset.source = top.source;
  setText("entities-title", top.title);
  entities.replaceChildren(...top.entities.map(e => {
    const li = document.createElement("li");
    const mark = document.createElement("mark");
    mark.className = e.type;
    mark.textContent = e.name;
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = e.mentions + " in " + e.articles;
    li.append(mark, count);
    return li;
  }));
}

function render(d) {
  setText("ingested", fmt(d.counters.ingested));
  setText("enriched", fmt(d.counters.enriched));
  setText("delivered", fmt(d.counters.delivered));
  setText("dead", fmt(d.counters.deadLetters));
  byId("dead").closest(".tile").classList.toggle("alarm", d.counters.deadLetters + d.counters.rejected > 0);
  setText("rejected", fmt(d.counters.rejected));
  setText("ingest-rate", fmt(d.rates.ingestedPerSecond, 2));
  setText("deliver-rate", fmt(d.rates.deliveredPerSecond, 2));
  setText("e2e-p50", fmt(d.latency.endToEnd.p50));
  setText("e2e-p95", fmt(d.latency.endToEnd.p95));
  setText("e2e-p99", fmt(d.latency.endToEnd.p99));
  setText("enrich-p95", fmt(d.latency.enrich.p95, 1));
  setText("lag", fmt(d.lag.total));

  history.t.push(Date.now());
  history.ingested.push(d.rates.ingestedPerSecond || 0);
  history.delivered.push(d.rates.deliveredPerSecond || 0);
  for (const k of Object.keys(history)) if (history[k].length > 150) history[k].shift();
  lines(byId("throughput"), [
    { values: history.ingested, color: "#2563eb", label: "ingested/s" },
    { values: history.delivered, color: "#16a34a", label: "delivered/s" },
  ], 0);
  // news mostly scores near 0: scale to the data (at least ±0.1) so that the line is readable
  const means = d.sentiment.map(p => p.mean);
  const reach = Math.min(1, Math.max(0.1, Math.ceil(Math.max(0, ...means.map(Math.abs)) * 10) / 10));
  lines(byId("sentiment"), [{ values: means, color: "#7c3aed", label: "mean sentiment (10 s)" }], -reach, reach);


  const rows = byId("dead-reasons").tBodies[0];
  if (d.deadLetters.length === 0) {
    const td = document.createElement("td");
    td.colSpan = 3;
    td.className = "none";
    td.textContent = "none so far";
    const tr = document.createElement("tr");
    tr.append(td);
    rows.replaceChildren(tr);
  } else rows.replaceChildren(...d.deadLetters.map(r => {
    const tr = document.createElement("tr");
    for (const v of [r.stage, r.reason, fmt(r.count)]) {
      const td = document.createElement("td");
      td.textContent = v;
      tr.append(td);
    }
    return tr;
  }));

  byId("articles").replaceChildren(...d.latest.map(articleView));
}

function articleView(a) {
  const div = document.createElement("div");
  div.className = "article";
  div.dataset.id = a.id;
  const h = document.createElement("h3");
  h.append(...highlighted(a.headline || "", a.entities, "headline"));
  const meta = document.createElement("div");
  meta.className = "meta";
  const score = document.createElement("span");
  score.className = "score " + a.sentiment.label;
  score.textContent = a.sentiment.label + " " + fmt(a.sentiment.score, 2);
  meta.append((a.source || "") + " · " + (a.language || "") + " · " + a.entities.length + " entities · ", score,
      a.duplicateOf ? " · duplicate of " + a.duplicateOf : "");
  const body = document.createElement("p");
  body.className = "body";
  body.append(...highlighted(a.body || "", a.entities, "body"));
  div.append(h, meta, body);
  return div;
}

// Splits text into plain text nodes and <mark>s at the mentions' offsets into this field.
function highlighted(text, entities, field) {
  const spans = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.field === field) spans.push({ start: m.start, end: m.end, type: e.type, name: e.name });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const nodes = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlapping mentions: keep the first
    nodes.push(document.createTextNode(text.slice(at, s.start)));
    const mark = document.createElement("mark");
    mark.className = s.type;
    mark.title = s.name + " (" + s.type + ")";
    mark.textContent = text.slice(s.start, s.end);
    nodes.push(mark);
    at = s.end;
  }
  nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

function lines(canvas, series, min, max) {
  const ctx = canvas.getContext("2d");
  const w = canvas.width, h = canvas.height, pad = 22;
  ctx.clearRect(0, 0, w, h);
  const all = series.flatMap(s => s.values);
  const top = max !== undefined ? max : Math.max(1, ...all);
  const bottom = min;
  ctx.strokeStyle = "#e5e7eb";
  ctx.fillStyle = "#6b7280";
  ctx.font = "11px system-ui";
  for (const v of [bottom, (bottom + top) / 2, top]) {
    const y = h - pad - (v - bottom) / (top - bottom) * (h - 2 * pad);
    ctx.beginPath(); ctx.moveTo(pad + 14, y); ctx.lineTo(w, y); ctx.stroke();
    ctx.fillText(fmt(v, top - bottom <= 0.5 ? 2 : top <= 2 ? 1 : 0), 0, y + 4);
  }
  series.forEach((s, i) => {
    ctx.strokeStyle = s.color;
    ctx.lineWidth = 2;
    ctx.beginPath();
    s.values.forEach((v, j) => {
      const x = pad + 14 + j * (w - pad - 14) / Math.max(1, s.values.length - 1);
      const y = h - pad - (v - bottom) / (top - bottom) * (h - 2 * pad);
      j === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y);
    });
    ctx.stroke();
    if (s.values.length === 1) { // one point makes no line: draw it as a dot
      const y = h - pad - (s.values[0] - bottom) / (top - bottom) * (h - 2 * pad);
      ctx.fillStyle = s.color;
      ctx.beginPath(); ctx.arc(pad + 14, y, 3, 0, 2 * Math.PI); ctx.fill();
    }
    ctx.fillStyle = s.color;
    ctx.fillText(s.label, pad + 20 + i * 110, 12);
  });
}

poll();
