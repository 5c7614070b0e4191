// Lists every Content Security Policy violation on the page, ttshim's
// included; it runs first so it sees them all.
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline code"}`);
  const list = document.getElementById("violations");
  if (list) list.textContent = window.cspViolations.join("\n");
});
