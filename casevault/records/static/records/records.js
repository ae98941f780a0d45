// Records pages: the only script they need beyond htmx. Loaded as a file (strict CSP).
document.addEventListener("click", function (event) {
  if (event.target instanceof Element && event.target.closest(".print-button")) {
    window.print();
  }
});
