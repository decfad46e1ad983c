// Run Yoast's content (readability) and SEO assessors over one article N times; print docs/s.
const fs = require("fs");
const yoast = require("yoastseo");
const Researcher = require("yoastseo/build/languageProcessing/languages/en/Researcher").default;
const { Paper, assessors } = yoast;
const text = fs.readFileSync(process.argv[2], "utf8");
const n = parseInt(process.argv[3] || "20", 10);
const html = text.split(/\n\s*\n/).map(p => `<p>${p.trim()}</p>`).join("\n");
function once() {
  const paper = new Paper(html, { keyword: "massage therapy", title: text.split("\n")[0], locale: "en_US" });
  const researcher = new Researcher(paper);
  const content = new assessors.ContentAssessor(researcher);
  const seo = new assessors.SEOAssessor(researcher);
  content.assess(paper);
  seo.assess(paper);
  return [content.calculateOverallScore(), seo.calculateOverallScore()];
}
console.error(JSON.stringify(once()));
const start = process.hrtime.bigint();
for (let i = 0; i < n; i++) once();
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ documents: n, seconds, per_second: n / seconds }));
