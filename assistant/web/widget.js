/* 预算公开问答助手 — chat widget for portals. Plain JavaScript, no build step.
 *
 *   <div id="budget-assistant"></div>
 *   <script src="https://API-HOST/widget.js" data-target="#budget-assistant" data-doc=""></script>
 *
 * data-api (default: the script's origin), data-target (default: a box appended to <body>),
 * data-doc (optional: answer from one document only). Every figure is shown with its formula and
 * links to the cited page image; all text is inserted as text, never as HTML.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var api = (script.dataset.api || new URL(script.src).origin).replace(/\/$/, "");
  var doc = script.dataset.doc || null;
  var css = ".da-chat{font:15px/1.6 system-ui,'PingFang SC','Microsoft YaHei',sans-serif;max-width:520px;" +
    "border:1px solid #d0d7de;border-radius:8px;padding:12px;background:#fff;color:#1f2328}" +
    ".da-chat form{display:flex;gap:8px}.da-chat input{flex:1;padding:8px;border:1px solid #d0d7de;border-radius:6px}" +
    ".da-chat button{padding:8px 14px;border:0;border-radius:6px;background:#c62828;color:#fff;cursor:pointer}" +
    ".da-q{margin:12px 0 4px;font-weight:600}.da-figure{font-size:26px;font-weight:700}" +
    ".da-formula,.da-passage{color:#57606a;font-size:13px}.da-source{display:inline-block;margin:4px 6px 0 0;" +
    "font-size:13px;color:#0969da}.da-error{color:#b42318}";

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function pageLink(source) {
    var label = (source.table || "说明文字") + (source.page ? " · 第 " + source.page + " 页" : "");
    if (!source.page) return el("span", "da-source", label);
    var params = new URLSearchParams();
    ["table", "row", "column"].forEach(function (k) { if (source[k]) params.set(k, source[k]); });
    var link = el("a", "da-source", label);
    link.href = api + "/api/documents/" + encodeURIComponent(source.doc) + "/pages/" + source.page + ".png?" + params;
    link.target = "_blank";
    link.rel = "noopener";
    return link;
  }

  function render(log, answer) {
    var box = el("div", "da-answer");
    var figure = answer.status === "answered" && answer.figures.length ? answer.figures[0] : null;
    if (figure) {
      box.appendChild(el("div", "da-label", figure.label));
      box.appendChild(el("div", "da-figure", figure.value + " " + figure.unit));
    }
    box.appendChild(el("div", "da-text", answer.answer));
    if (figure && figure.formula) box.appendChild(el("div", "da-formula", "计算：" + figure.formula));
    if (figure) figure.sources.forEach(function (s) { box.appendChild(pageLink(s)); });
    if (!figure) {
      answer.passages.slice(0, 2).forEach(function (p) {
        box.appendChild(el("div", "da-passage", (p.page ? "第 " + p.page + " 页：" : "") + p.text.slice(0, 120)));
      });
    }
    log.appendChild(box);
  }

  function mount() {
    var style = el("style");
    style.textContent = css;
    document.head.appendChild(style);
    var root = script.dataset.target ? document.querySelector(script.dataset.target) : null;
    if (!root) { root = el("div"); document.body.appendChild(root); }
    var chat = el("div", "da-chat");
    chat.setAttribute("role", "region");
    chat.setAttribute("aria-label", "预算公开问答助手");
    chat.appendChild(el("div", "da-title", "预算公开问答助手"));
    var form = el("form");
    var input = el("input");
    input.placeholder = "请输入问题，例如：喀什市政府办出国花了多少钱？";
    input.maxLength = 200;
    input.setAttribute("aria-label", "问题");
    var button = el("button", null, "提问");
    button.type = "submit";
    form.appendChild(input);
    form.appendChild(button);
    var log = el("div", "da-log");
    var previous = null;  // the last question asked, sent as the context of the next
    log.setAttribute("aria-live", "polite");
    chat.appendChild(form);
    chat.appendChild(log);
    root.appendChild(chat);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var question = input.value.trim();
      if (!question) return;
      log.appendChild(el("div", "da-q", question));
      input.value = "";
      button.disabled = true;
      fetch(api + "/api/ask", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ question: question, doc: doc, context: previous })
      }).then(function (response) {
        previous = question;  // a follow-up ("那公务接待费呢？") continues this question
        return response.json().then(function (body) {
          if (response.ok) render(log, body);
          else log.appendChild(el("div", "da-error", body.error || "出错了，请稍后再试"));
        });
      }).catch(function () {
        log.appendChild(el("div", "da-error", "无法连接问答服务，请稍后再试"));
      }).then(function () { button.disabled = false; });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
  else mount();
})();
