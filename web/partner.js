// The partner demo page (partner.html): what a partner's analytics tag would
// do with the widgets' events. Listens on the document: the events bubble
// out of the widgets' shadow roots (composed). Text only, never markup.
(function () {
  'use strict';
  const log = document.getElementById('analytics-log');
  const MAX_LINES = 40;

  function describe(name, detail) {
    switch (name) {
      case 'kiosque-ready': return `prêt, rubrique ${detail.section}`;
      case 'kiosque-section': return `rubrique ${detail.section}`;
      case 'kiosque-article': return `article ${detail.id} « ${detail.title} »`;
      case 'kiosque-outbound': return `sortie vers ${detail.url}`;
      case 'kiosque-error': return `erreur : ${detail.message}`;
      default: return name;
    }
  }

  for (const name of ['kiosque-ready', 'kiosque-section', 'kiosque-article', 'kiosque-outbound', 'kiosque-error']) {
    document.addEventListener(name, (event) => {
      const line = document.createElement('li');
      line.textContent = `${event.target.id} : ${describe(name, event.detail)}`;
      log.prepend(line);
      while (log.children.length > MAX_LINES) log.lastElementChild.remove();
    });
  }
})();
