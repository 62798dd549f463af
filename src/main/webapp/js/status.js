// The one message area of each page: a polite live region, so screen readers read what happened.

const region = () => document.getElementById("status");

export function show(message, state = "info") {
    const element = region();
    element.textContent = message;
    element.dataset.state = state;
}

export function clear() {
    show("", "info");
}
