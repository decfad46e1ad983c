"""Link checking and site crawling: fetch politely, store in SQLite, audit every page with the
same pipeline as ``seokit audit``, then analyse the site as a whole.

Modules: ``urls`` (normalisation, scope, traps), ``fetch`` (HTTP), ``folder`` (a folder of
built HTML as a site), ``robots``, ``sitemaps``, ``linkcheck``, ``store`` (SQLite),
``crawler``, ``pages`` (per-page facts), ``model``/``analyses`` (site measures), ``report``
(the ``Report`` with its ``site`` section), ``checkpage`` (``seokit links --check``).
"""
