// The phone's side of the room: join (optionally with a first name and a corner), then vote on what the
// screen asks. The token the room gives is kept in this browser, so a reload is the same phone.
// Everything from the room is shown with textContent: never as HTML.
(function () {
  "use strict";
  var T = JSON.parse(document.getElementById("texts").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var KEY = "kleinekernen-room-" + location.pathname;
  var ws = null, joined = false, question = null, retry = 500;

  function say(text) { $("status").textContent = text; }
  function send(data) { if (ws && ws.readyState === 1) { ws.send(JSON.stringify(data)); } }
  function stored(name) { try { return localStorage.getItem(KEY + name) || ""; } catch (e) { return ""; } }
  function keep(name, value) { try { localStorage.setItem(KEY + name, value); } catch (e) { /* private mode */ } }

  function join() {
    var corner = document.querySelector("input[name=corner]:checked");
    keep("name", $("name").value);
    keep("corner", corner ? corner.value : "");
    send({ t: "join", token: stored("token") || null, name: $("name").value, corner: corner ? corner.value : "" });
  }

  function show(state) {
    $("join").hidden = true;
    $("vote").hidden = false;
    if (state.t === "wait") { question = null; say(T.wait); $("prompt").textContent = ""; $("options").textContent = ""; $("note").textContent = ""; return; }
    question = state.q;
    $("prompt").textContent = state.prompt;
    var box = $("options");
    box.textContent = "";
    state.options.forEach(function (option) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "option";
      b.textContent = option[1];
      b.setAttribute("aria-pressed", state.mine === option[0] ? "true" : "false");
      b.disabled = !!state.closed;
      b.addEventListener("click", function () { send({ t: "vote", q: question, option: option[0] }); });
      box.appendChild(b);
    });
    say(state.closed ? T.closed : T.options);
    $("note").textContent = state.refused ? T.refused : (state.mine && !state.closed ? T.voted + " " + T.change : "");
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    ws = new WebSocket(scheme + location.host + location.pathname.replace(/\/$/, "") + "/ws");
    ws.onopen = function () { retry = 500; if (joined) { join(); } };
    ws.onmessage = function (event) {
      var data = JSON.parse(event.data);
      if (data.t === "welcome") {
        keep("token", data.token);
        $("hello").textContent = data.name ? T.hello.replace("{name}", data.name) : "";
      } else if (data.t === "full") {
        say(T.full);
      } else {
        show(data);
      }
    };
    ws.onclose = function () { if (joined) { say(T.lost); } setTimeout(connect, retry); retry = Math.min(retry * 2, 8000); };
  }

  $("name").value = stored("name");
  $("join").addEventListener("submit", function (event) { event.preventDefault(); joined = true; join(); });
  connect();
})();
