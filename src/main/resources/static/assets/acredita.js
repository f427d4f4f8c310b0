// Sends the CSRF token with every htmx request (the token is in the page's meta tags).
document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && token.content) {
        event.detail.headers[header.content] = token.content;
    }
});
// Asks for confirmation before destructive actions marked with data-confirm.
document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
        event.preventDefault();
    }
});
// Copies the text of the element named by data-copy (one-time links, new tokens) to the clipboard.
document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button || !navigator.clipboard) {
        return;
    }
    var source = document.querySelector(button.getAttribute("data-copy"));
    navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = button.getAttribute("data-copied");
    });
});
// Proof uploads: each chosen or dropped file goes on its own request with a progress bar; a failed one can be
// retried (the server keeps a file sent twice once). Without scripts the form posts all files at once.
(function () {
    function csrf(request) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header && token.content) {
            request.setRequestHeader(header.content, token.content);
        }
    }
    function refresh(form) {
        if (window.htmx) {
            window.htmx.ajax("GET", form.getAttribute("data-refresh"), {target: "#proof-years", swap: "outerHTML"})
                .then(function () {
                    var total = document.querySelector('[data-testid="proof-total"]');
                    if (total) {
                        total.textContent = document.querySelectorAll('#proof-years [data-testid="proof"]').length;
                    }
                });
        }
    }
    // The file goes as the raw body of a PUT to ".../proofs/{name}" (streamed into the store, no multipart parsing)
    // with the other fields in the query. A name the server's firewall refuses in a path (%, ;, slashes) goes
    // in a multipart form instead.
    function send(form, item, file) {
        var fields = [];
        var data = new FormData();
        data.append("file", file, file.name);
        ["documentDate", "cycleYear", "period", "title", "lateExplanation"].forEach(function (name) {
            var field = form.elements[name];
            if (field && field.value) {
                fields.push(encodeURIComponent(name) + "=" + encodeURIComponent(field.value));
                data.append(name, field.value);
            }
        });
        var raw = !/[%;\/\\]/.test(file.name) && file.name !== "." && file.name !== "..";
        var progress = item.querySelector("progress");
        var status = item.querySelector("[data-status]");
        var retry = item.querySelector("button");
        progress.value = 0;
        status.textContent = "";
        retry.hidden = true;
        item.className = "mb-1";
        var request = new XMLHttpRequest();
        if (raw) {
            request.open("PUT", form.getAttribute("data-api") + "/" + encodeURIComponent(file.name) + "?"
                + fields.join("&"));
            request.setRequestHeader("Content-Type", file.type || "application/octet-stream");
        } else {
            request.open("POST", form.getAttribute("data-api"));
        }
        csrf(request);
        request.setRequestHeader("Accept", "application/json");
        request.upload.addEventListener("progress", function (event) {
            if (event.lengthComputable) {
                progress.value = Math.round(event.loaded * 100 / event.total);
            }
        });
        request.addEventListener("load", function () {
            if (request.status === 200 || request.status === 201) {
                progress.value = 100;
                status.textContent = form.getAttribute(request.status === 201 ? "data-done" : "data-duplicate");
                item.className = "mb-1 text-success";
                item.setAttribute("data-state", "done");
                refresh(form);
                return;
            }
            var message = form.getAttribute("data-failed");
            try {
                var problem = JSON.parse(request.responseText);
                message += ": " + (problem.detail || problem.title || request.status);
            } catch (ignored) {
                message += " (" + request.status + ")";
            }
            failed(item, message);
        });
        request.addEventListener("error", function () {
            failed(item, form.getAttribute("data-network"));
        });
        request.send(raw ? file : data);
    }
    function failed(item, message) {
        item.querySelector("[data-status]").textContent = message;
        item.className = "mb-1 text-danger";
        item.setAttribute("data-state", "failed");
        item.querySelector("button").hidden = false;
    }
    function enqueue(form, file) {
        var item = document.createElement("li");
        var name = document.createElement("span");
        name.className = "fw-semibold me-2 text-break";
        name.textContent = file.name;
        var progress = document.createElement("progress");
        progress.max = 100;
        progress.className = "align-middle me-2";
        progress.setAttribute("aria-label", file.name);
        var status = document.createElement("span");
        status.setAttribute("data-status", "");
        var retry = document.createElement("button");
        retry.type = "button";
        retry.className = "btn btn-link btn-sm py-0";
        retry.textContent = form.getAttribute("data-retry");
        retry.addEventListener("click", function () {
            send(form, item, file);
        });
        item.append(name, progress, status, retry);
        form.querySelector("[data-upload-queue]").appendChild(item);
        send(form, item, file);
    }
    document.addEventListener("submit", function (event) {
        var form = event.target.closest("form[data-proof-upload]");
        if (!form || !window.FormData) {
            return;
        }
        event.preventDefault();
        var input = form.querySelector('input[type="file"]');
        Array.prototype.slice.call(input.files).forEach(function (file) {
            enqueue(form, file);
        });
        input.value = "";
        input.required = false;
    });
    document.addEventListener("dragover", function (event) {
        var zone = event.target.closest && event.target.closest("[data-drop-zone]");
        if (zone) {
            event.preventDefault();
            zone.classList.add("border-primary");
        }
    });
    document.addEventListener("dragleave", function (event) {
        var zone = event.target.closest && event.target.closest("[data-drop-zone]");
        if (zone) {
            zone.classList.remove("border-primary");
        }
    });
    document.addEventListener("drop", function (event) {
        var zone = event.target.closest && event.target.closest("[data-drop-zone]");
        if (!zone) {
            return;
        }
        event.preventDefault();
        zone.classList.remove("border-primary");
        var form = zone.closest("form[data-proof-upload]");
        Array.prototype.slice.call(event.dataTransfer.files).forEach(function (file) {
            enqueue(form, file);
        });
    });
})();
