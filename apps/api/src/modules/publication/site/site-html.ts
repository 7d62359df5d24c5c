import { SITE_LABELS, SITE_LANGUAGES, SiteLanguage } from './site-labels';

/** Text made safe for HTML content and attribute values. */
export function esc(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A date 'YYYY-MM-DD' as each language writes it (digits stay Latin, as Moroccan administrations print them). */
export function formatDate(date: string | null, language: SiteLanguage): string {
  if (!date) return '—';
  const [year, month, day] = date.split('-');
  return language === 'en' ? date : `${day}/${month}/${year}`;
}

export function formatNumber(value: number | null, language: SiteLanguage): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 1 }).format(value).replace(/\u202f/g, '\u00a0');
}

export function percent(value: number | null, language: SiteLanguage): string {
  return value === null ? '—' : `${formatNumber(value, language)}\u00a0%`;
}

export interface PageSpec {
  language: SiteLanguage;
  /** The page's path inside one language folder, e.g. `actions/5-2.5.1.html`. */
  page: string;
  title: string;
  description: string;
  body: string;
  snapshot: { number: number; asOf: string };
  /** The site's public address, for absolute Open Graph and alternate URLs (per-snapshot, stable). */
  baseUrl: string;
}

/** From a page of a language folder to the snapshot's root (`../` or `../../`). */
export function rootOf(page: string): string {
  return '../'.repeat(page.split('/').length);
}

/** One page: language and direction, alternates in the other languages, description and Open Graph tags, plain HTML that reads without script. */
export function renderPage(spec: PageSpec): string {
  const { language, page, snapshot } = spec;
  const labels = SITE_LABELS[language];
  const root = rootOf(page);
  const absolute = (lang: SiteLanguage) => `${spec.baseUrl}/${snapshot.number}/${lang}/${page}`;
  const alternates = SITE_LANGUAGES.map((lang) => `<link rel="alternate" hreflang="${lang}" href="${esc(absolute(lang))}">`).join('');
  const languageLinks = SITE_LANGUAGES.filter((lang) => lang !== language)
    .map((lang) => `<a href="${root}${lang}/${page}" hreflang="${lang}" lang="${lang}">${esc(SITE_LABELS[lang].languageName)}</a>`)
    .join(' ');
  const nav = [
    ['index.html', labels.nav.home],
    ['tableau-de-bord.html', labels.nav.qualityDashboard],
    ['search.html', labels.nav.search],
    ['downloads.html', labels.nav.downloads],
    ['archive.html', labels.nav.archive],
  ]
    .map(([href, text]) => `<li><a href="${root}${language}/${href}"${href === page ? ' aria-current="page"' : ''}>${esc(text)}</a></li>`)
    .join('');
  const title = `${spec.title} — ${labels.siteName}`;
  return `<!doctype html>
<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<meta name="description" content="${esc(spec.description)}">
<link rel="canonical" href="${esc(absolute(language))}">
${alternates}<link rel="alternate" hreflang="x-default" href="${esc(absolute('fr'))}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="${esc(labels.siteName)}">
<meta property="og:title" content="${esc(spec.title)}">
<meta property="og:description" content="${esc(spec.description)}">
<meta property="og:url" content="${esc(absolute(language))}">
<meta property="og:locale" content="${language === 'fr' ? 'fr_MA' : language === 'ar' ? 'ar_MA' : 'en_GB'}">
<link rel="stylesheet" href="${root}assets/site.css">
</head>
<body>
<a class="skip" href="#content">${esc(labels.skipToContent)}</a>
<header>
<p class="site"><a href="${root}${language}/index.html">${esc(labels.siteName)}</a></p>
<nav aria-label="${esc(labels.languages)}" class="langs">${languageLinks}</nav>
<nav aria-label="${esc(labels.siteName)}"><ul>${nav}</ul></nav>
</header>
<main id="content">
${spec.body}
</main>
<footer>
<p>${esc(labels.snapshotOf(snapshot.number, formatDate(snapshot.asOf, language)))}. ${esc(labels.publishedSnapshotNote)}</p>
</footer>
</body>
</html>
`;
}

/** A decorative bar beside a percentage written in words (the number is the information). */
export function progressBar(value: number | null, language: SiteLanguage): string {
  const width = Math.max(0, Math.min(100, value ?? 0));
  return `<span class="pct">${percent(value, language)}</span><span class="bar" aria-hidden="true"><span style="width:${width}%"></span></span>`;
}

export const SITE_CSS = `*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans Arabic",sans-serif;color:#1a1a1a;background:#fff}
header,main,footer{max-width:64rem;margin:0 auto;padding:0 1rem}header{border-bottom:3px solid #006233;padding-bottom:.5rem}
.site{font-weight:700;font-size:1.1rem;margin:.75rem 0 .25rem}.site a{color:#00401f;text-decoration:none}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}nav a{color:#00401f}
.langs{float:inline-end;margin-top:-2rem}.langs a{margin-inline-start:.75rem}
a{color:#0b4f8a}a[aria-current]{font-weight:700}.skip{position:absolute;inset-inline-start:-999px}.skip:focus{inset-inline-start:1rem;top:1rem;background:#fff;padding:.5rem}
h1{font-size:1.5rem;line-height:1.25}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.95rem}th,td{border-bottom:1px solid #ccc;padding:.35rem .4rem;text-align:start;vertical-align:top}
th{background:#f2f2f2}td.n,th.n{text-align:end;white-space:nowrap}.table{overflow-x:auto}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:.5rem;padding:0;list-style:none}
.figures li{border:1px solid #ccc;border-radius:4px;padding:.5rem}.figures strong{display:block;font-size:1.4rem}
.bar{display:inline-block;width:5rem;height:.5rem;background:#ddd;margin-inline-start:.4rem;vertical-align:middle}.bar span{display:block;height:100%;background:#006233}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
footer{border-top:1px solid #ccc;margin-top:2rem;font-size:.9rem;color:#444}
.results li[hidden]{display:none}input[type=search]{font:inherit;padding:.4rem;width:100%;max-width:30rem}
@media (max-width:40rem){.langs{float:none;margin:0}}`;

/** Enhances the search page: filters the static list as one types (the page works without it). */
export const SEARCH_JS = `(function(){var i=document.getElementById('q'),l=document.querySelectorAll('#results li');if(!i)return;
function n(s){return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').toLowerCase();}
var t=Array.prototype.map.call(l,function(e){return n(e.textContent);});
function f(){var q=n(i.value.trim());for(var k=0;k<l.length;k++){l[k].hidden=q!==''&&t[k].indexOf(q)<0;}}
i.addEventListener('input',f);var p=new URLSearchParams(location.search).get('q');if(p){i.value=p;}f();})();`;
