// Yoast's content (readability) and SEO assessors under Node, in batch; prints docs/s.
//   node yoast_batch.js ARTICLE.txt N      one plain-text article N times (paragraphs -> <p>)
//   node yoast_batch.js --list FILES.txt   every HTML file of the list once
const fs = require("fs");
const yoast = require("yoastseo");
const Researcher = require("yoastseo/build/languageProcessing/languages/en/Researcher").default;
const { Paper, assessors } = yoast;

function assess(html, keyword, title) {
  const paper = new Paper(html, { keyword, title, locale: "en_US" });
  const researcher = new Researcher(paper);
  const content = new assessors.ContentAssessor(researcher);
  const seo = new assessors.SEOAssessor(researcher);
  content.assess(paper);
  seo.assess(paper);
  return [content.calculateOverallScore(), seo.calculateOverallScore()];
}

let papers;
if (process.argv[2] === "--list") {
  const files = fs.readFileSync(process.argv[3], "utf8").split("\n").filter(Boolean);
  papers = files.map(f => {
    const html = fs.readFileSync(f, "utf8");
    const title = (html.match(/<title[^>]*>([^<]*)<\/title>/i) || ["", ""])[1];
    const body = (html.match(/<body[^>]*>([\s\S]*)<\/body>/i) || ["", html])[1];
    return [body, title.split(/\s+/).slice(0, 2).join(" ").toLowerCase(), title];
  });
} else {
  const text = fs.readFileSync(process.argv[2], "utf8");
  const n = parseInt(process.argv[3] || "20", 10);
  const html = text.split(/\n\s*\n/).map(p => `<p>${p.trim()}</p>`).join("\n");
  papers = Array.from({ length: n }, () => [html, "massage therapy", text.split("\n")[0]]);
}
console.error(JSON.stringify(assess(...papers[0])));  // warm-up
const start = process.hrtime.bigint();
for (const paper of papers) assess(...paper);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ documents: papers.length, seconds, per_second: papers.length / seconds }));
