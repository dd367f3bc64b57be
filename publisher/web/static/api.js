// /api: Swagger UI (static/swagger-ui/, vendored) drawing the site's OpenAPI document inside the page's frame.
// The document's address comes from the page (it carries the site's base path); nothing is fetched from
// elsewhere: no validator badge, no remote configuration.
(function () {
  "use strict";
  var box = document.getElementById("swagger-ui");
  if (!box || typeof SwaggerUIBundle !== "function") { return; }
  SwaggerUIBundle({
    url: box.getAttribute("data-openapi"),
    domNode: box,
    layout: "BaseLayout",
    deepLinking: true,
    validatorUrl: null,
    queryConfigEnabled: false,
    tryItOutEnabled: false,
    defaultModelsExpandDepth: -1,
    presets: [SwaggerUIBundle.presets.apis]
  });
})();
