// The feedback page. Every piece of customer text reaches the page through textContent or an
// attribute value, never through innerHTML, so a feedback like <img src=x onerror=alert(1)> shows as
// those characters. The server's Content-Security-Policy backs this up.
"use strict";

const pageSize = 50;
const state = { page: 1, total: 0, selected: new Set(), busy: false };

const $ = (id) => document.getElementById(id);

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

async function api(path, options = {}) {
  const response = await fetch(path, {
    ...options,
    headers: { Accept: "application/json", ...(options.body ? { "Content-Type": "application/json" } : {}) },
  });
  if (response.status === 204) return null;
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && (body.detail || body.title);
    throw new Error(detail || `The server answered ${response.status}.`);
  }
  return body;
}

function say(message, isError = false) {
  const status = $("status");
  status.textContent = message;
  status.classList.toggle("error", isError);
}

function fullName(item) {
  const name = [item.first_name, item.last_name].filter((part) => part && part.trim()).join(" ");
  return name || "(no name)";
}

function sentimentCell(item) {
  const cell = element("td", null, "sentiment");
  if (!item.sentiment) {
    cell.append(element("span", "not scored", "pending"));
    return cell;
  }
  const label = element("span", item.sentiment, `label ${item.sentiment.toLowerCase()}`);
  const scores = item.sentiment_scores;
  label.title = `positive ${scores.positive.toFixed(2)} · negative ${scores.negative.toFixed(2)} · ` +
    `neutral ${scores.neutral.toFixed(2)} · mixed ${scores.mixed.toFixed(2)}`;
  cell.append(label);
  return cell;
}

function genderCell(item) {
  const cell = element("td", null, "gender-cell");
  if (!item.gender) {
    cell.append(element("span", "not identified", "pending"));
    return cell;
  }
  const gender = element("span", item.gender, "gender");
  const probability = item.p_female === null ? "no probability" : `P(female) = ${item.p_female.toFixed(3)}`;
  const origin = item.gender_source === "manual" ? "set by hand" : `${item.gender_source}, model ${item.gender_model}`;
  gender.title = `${probability} (${origin})`;
  gender.dataset.pFemale = item.p_female === null ? "" : String(item.p_female);
  cell.append(gender);
  if (item.gender_source === "manual") cell.append(element("span", "manual", "manual"));
  return cell;
}

function row(item) {
  const tr = document.createElement("tr");
  tr.dataset.id = String(item.id);
  tr.classList.toggle("selected", state.selected.has(item.id));

  const select = element("td", null, "select");
  const box = document.createElement("input");
  box.type = "checkbox";
  box.checked = state.selected.has(item.id);
  box.setAttribute("aria-label", `Select the feedback of ${fullName(item)}`);
  box.addEventListener("change", () => {
    if (box.checked) state.selected.add(item.id); else state.selected.delete(item.id);
    tr.classList.toggle("selected", box.checked);
    updateSelectAll();
  });
  select.append(box);

  tr.append(
    select,
    element("td", fullName(item), "name"),
    element("td", item.feedback, "feedback"),
    element("td", item.rating === null ? "–" : `${item.rating} / 5`, "rating"),
    sentimentCell(item),
    genderCell(item));
  return tr;
}

function updateSelectAll() {
  const boxes = [...$("feedback-rows").querySelectorAll("input[type=checkbox]")];
  const all = $("select-all");
  all.checked = boxes.length > 0 && boxes.every((box) => box.checked);
  all.indeterminate = !all.checked && boxes.some((box) => box.checked);
}

async function loadFeedback() {
  const list = await api(`/api/v1/feedback?page=${state.page}&page_size=${pageSize}`);
  state.total = list.total;
  const rows = $("feedback-rows");
  rows.replaceChildren(...list.items.map(row));
  if (list.items.length === 0) {
    const empty = element("td", "No feedback yet: enter one with the button above.", "pending");
    empty.colSpan = 6;
    const tr = document.createElement("tr");
    tr.append(empty);
    rows.append(tr);
  }
  const pages = Math.max(1, Math.ceil(list.total / pageSize));
  $("page-info").textContent = `Page ${state.page} of ${pages} · ${list.total} records`;
  $("previous-page").disabled = state.page <= 1;
  $("next-page").disabled = state.page >= pages;
  updateSelectAll();
}

// One run at a time: both prediction buttons wait while either works, so no click is lost.
async function run(path, describe) {
  if (state.busy) return;
  state.busy = true;
  const buttons = [$("identify-gender"), $("predict-sentiment")];
  buttons.forEach((button) => { button.disabled = true; });
  const ids = [...state.selected];
  say(ids.length ? `Working on ${ids.length} selected records…` : "Working on every pending record…");
  try {
    const result = await api(path, { method: "POST", body: JSON.stringify(ids.length ? { ids } : {}) });
    say(describe(result));
    await loadFeedback();
  } catch (error) {
    say(error.message, true);
  } finally {
    state.busy = false;
    buttons.forEach((button) => { button.disabled = false; });
  }
}

function outcome(verb) {
  return (result) => {
    const parts = [`${verb} ${result.updated} record${result.updated === 1 ? "" : "s"}`];
    if (result.skipped) parts.push(`${result.skipped} already done or set by hand`);
    if (result.not_found.length) parts.push(`${result.not_found.length} no longer exist`);
    return parts.join("; ") + ".";
  };
}

function openForm() {
  $("feedback-form").reset();
  $("form-error").textContent = "";
  $("feedback-dialog").showModal();
  $("first-name").focus();
}

async function saveForm(event) {
  event.preventDefault();
  const form = new FormData($("feedback-form"));
  const rating = form.get("rating");
  const body = {
    first_name: form.get("first_name") || null,
    last_name: form.get("last_name") || null,
    feedback: form.get("feedback"),
    rating: rating ? Number(rating) : null,
  };
  if (!body.feedback || !body.feedback.trim()) {
    $("form-error").textContent = "Write the feedback text.";
    $("feedback-text").focus();
    return;
  }
  try {
    const saved = await api("/api/v1/feedback", { method: "POST", body: JSON.stringify(body) });
    $("feedback-dialog").close();
    state.page = 1;
    await loadFeedback();
    say(`Saved the feedback of ${fullName(saved)}.`);
    $("new-feedback").focus();
  } catch (error) {
    $("form-error").textContent = error.message;
  }
}

function interval(estimate, asPercent) {
  if (!estimate) return "too few records";
  const format = (value) => asPercent ? `${(value * 100).toFixed(0)}%` : value.toFixed(2);
  return `${format(estimate.value)} (${format(estimate.low)}–${format(estimate.high)}), n_eff ${estimate.effective_count.toFixed(1)}`;
}

const svgNs = "http://www.w3.org/2000/svg";

function svg(tag, attributes, text) {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

// Two panels: mean rating on 1-5, and positive/negative shares on 0-100%, women and men side by side.
function drawChart(insights) {
  const width = 640, height = 280, top = 30, bottom = 230;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": "Mean rating and shares of positive and negative feedback for women and men, with 95% intervals" });
  const panels = [
    { title: "Mean rating (1–5)", x: 40, w: 220, min: 1, max: 5, measures: [["mean_rating", ""]] },
    { title: "Share of feedback", x: 330, w: 290, min: 0, max: 1, measures: [["positive_share", "positive"], ["negative_share", "negative"]] },
  ];
  const groups = [["women", "var(--women)", "Women"], ["men", "var(--men)", "Men"]];
  for (const panel of panels) {
    const y = (value) => bottom - (Math.max(panel.min, Math.min(panel.max, value)) - panel.min) / (panel.max - panel.min) * (bottom - top);
    chart.append(svg("text", { x: panel.x, y: 16, "font-size": 13, "font-weight": 600 }, panel.title));
    chart.append(svg("line", { x1: panel.x, x2: panel.x + panel.w, y1: bottom, y2: bottom, stroke: "#8a93a3" }));
    for (const tick of [panel.min, (panel.min + panel.max) / 2, panel.max]) {
      const label = panel.max === 1 ? `${Math.round(tick * 100)}%` : String(tick);
      chart.append(svg("text", { x: panel.x - 6, y: y(tick) + 4, "font-size": 11, "text-anchor": "end", fill: "#5a6474" }, label));
    }
    const slot = panel.w / panel.measures.length;
    panel.measures.forEach(([key, caption], m) => {
      groups.forEach(([group, color, name], g) => {
        const estimate = insights[group][key];
        const x = panel.x + m * slot + 14 + g * (slot / 2 - 6);
        const barWidth = slot / 2 - 22;
        if (estimate) {
          chart.append(svg("rect", { x, y: y(estimate.value), width: barWidth, height: bottom - y(estimate.value), fill: color, opacity: 0.85 }));
          const middle = x + barWidth / 2;
          chart.append(svg("line", { x1: middle, x2: middle, y1: y(estimate.low), y2: y(estimate.high), stroke: "#1d2430", "stroke-width": 2 }));
          for (const end of [estimate.low, estimate.high]) {
            chart.append(svg("line", { x1: middle - 6, x2: middle + 6, y1: y(end), y2: y(end), stroke: "#1d2430", "stroke-width": 2 }));
          }
        } else {
          chart.append(svg("text", { x: x + barWidth / 2, y: bottom - 6, "font-size": 10, "text-anchor": "middle", fill: "#5a6474" }, "n/a"));
        }
        chart.append(svg("text", { x: x + barWidth / 2, y: bottom + 16, "font-size": 12, "text-anchor": "middle" }, name));
      });
      if (caption) {
        chart.append(svg("text", { x: panel.x + m * slot + slot / 2, y: bottom + 34, "font-size": 12, "text-anchor": "middle", fill: "#5a6474" }, caption));
      }
    });
  }
  $("insights-chart").replaceChildren(chart);
}

async function loadInsights() {
  const insights = await api("/api/v1/insights/gender");
  $("insights-answer").textContent = insights.answer;
  const rows = [["Women", insights.women], ["Men", insights.men]].map(([name, group]) => {
    const tr = document.createElement("tr");
    tr.append(
      element("th", name),
      element("td", `${group.records} (weight ${group.weight.toFixed(1)})`),
      element("td", interval(group.mean_rating, false)),
      element("td", interval(group.positive_share, true)),
      element("td", interval(group.negative_share, true)));
    tr.firstChild.scope = "row";
    return tr;
  });
  $("insights-rows").replaceChildren(...rows);
  const sentences = [insights.rating, insights.positive, insights.negative].filter(Boolean).map((c) => element("li", c.sentence));
  $("insights-sentences").replaceChildren(...sentences);
  $("insights-counts").textContent =
    `${insights.records} records: ${insights.weighted} counted by probability, ` +
    `${insights.unknown} unknown (no usable first name, left out), ${insights.pending} not yet identified.`;
  drawChart(insights);
}

async function showView() {
  const insights = location.hash === "#insights";
  $("feedback-view").hidden = insights;
  $("insights-view").hidden = !insights;
  $("tab-feedback").toggleAttribute("aria-current", !insights);
  $("tab-insights").toggleAttribute("aria-current", insights);
  if (insights) $("tab-insights").setAttribute("aria-current", "page"); else $("tab-feedback").setAttribute("aria-current", "page");
  try {
    if (insights) await loadInsights(); else await loadFeedback();
  } catch (error) {
    if (insights) $("insights-answer").textContent = error.message; else say(error.message, true);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("identify-gender").addEventListener("click", () =>
    run("/api/v1/feedback/identify-gender", outcome("Identified the gender of")));
  $("predict-sentiment").addEventListener("click", () =>
    run("/api/v1/feedback/predict-sentiment", outcome("Scored the sentiment of")));
  $("new-feedback").addEventListener("click", openForm);
  $("cancel-feedback").addEventListener("click", () => $("feedback-dialog").close());
  $("feedback-form").addEventListener("submit", saveForm);
  $("select-all").addEventListener("change", (event) => {
    for (const box of $("feedback-rows").querySelectorAll("input[type=checkbox]")) {
      box.checked = event.currentTarget.checked;
      box.dispatchEvent(new Event("change"));
    }
  });
  $("previous-page").addEventListener("click", () => { state.page -= 1; loadFeedback().catch((e) => say(e.message, true)); });
  $("next-page").addEventListener("click", () => { state.page += 1; loadFeedback().catch((e) => say(e.message, true)); });
  window.addEventListener("hashchange", showView);
  showView();
});
