// nhsuk-frontend styles and scripts key off these classes; set them before the page renders.
document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) document.body.classList.add('nhsuk-frontend-supported');
