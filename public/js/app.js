// Small enhancements, started from data-module attributes. Every page works without this file.
const modules = {
  // Ask once more before a destructive action. Without JavaScript the server's own
  // confirmation page does this job.
  confirm: (form) => {
    form.addEventListener('submit', (event) => {
      const message = form.getAttribute('data-confirm');
      if (message && !window.confirm(message)) event.preventDefault();
    });
  },
};

document.querySelectorAll('[data-module]').forEach((element) => {
  for (const name of element.getAttribute('data-module').split(/\s+/)) {
    modules[name]?.(element);
  }
});
