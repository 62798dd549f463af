// The home page: tells the visitor whether the hub can serve sign-ins right now.
const status = document.getElementById("status");

async function showReadiness() {
    try {
        const answer = await fetch("/health/ready", { headers: { Accept: "application/json" } });
        const ready = answer.ok;
        status.dataset.state = ready ? "up" : "down";
        status.textContent = ready ? "The hub is ready." : "The hub is starting or cannot reach its database.";
    } catch {
        status.dataset.state = "down";
        status.textContent = "The hub cannot be reached.";
    }
}

showReadiness();
