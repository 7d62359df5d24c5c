import { PublicAction, PublicCounts, PublicSnapshot } from '@pnq/domain';
import { esc, formatDate, formatNumber, percent, progressBar } from './site-html';
import { SITE_LABELS, SiteLanguage } from './site-labels';
import { OPEN_DATA_FILES } from './open-data';

export interface HtmlPage {
  page: string;
  title: string;
  description: string;
  body: string;
}

function table(headers: string[], rows: string[][], numeric: number[] = []): string {
  const head = headers.map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="n"' : ''}>${h}</th>`).join('');
  const body = rows
    .map(
      (cells) =>
        `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td${numeric.includes(i) ? ' class="n"' : ''}>${c}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  // A table wider than a phone scrolls in its own region, which a keyboard can reach.
  const label = headers.map((h) => h.replace(/<[^>]*>/g, '')).join(' · ');
  return `<div class="table" role="region" tabindex="0" aria-label="${label}"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function countsList(counts: PublicCounts, language: SiteLanguage): string {
  const l = SITE_LABELS[language];
  const items: [string, string][] = [
    [l.actions, formatNumber(counts.actions, language)],
    [l.progress, percent(counts.progress, language)],
    [l.completed, formatNumber(counts.completed, language)],
    [l.inProgress, formatNumber(counts.inProgress, language)],
    [l.notStarted, formatNumber(counts.notStarted, language)],
    [l.blocked, formatNumber(counts.blocked, language)],
    [l.overdue, formatNumber(counts.overdue, language)],
    [l.atRisk, formatNumber(counts.atRisk, language)],
  ];
  return `<ul class="figures">${items.map(([label, value]) => `<li><strong>${value}</strong>${esc(label)}</li>`).join('')}</ul>`;
}

function actionRows(actions: readonly PublicAction[], language: SiteLanguage, link: (ref: string) => string): string[][] {
  const l = SITE_LABELS[language];
  return actions.map((a) => [
    `<a href="${link(a.ref)}">${esc(a.ref)}</a>`,
    `<span lang="fr">${esc(a.title)}</span>`,
    esc(l.statuses[a.status]),
    progressBar(a.progress, language),
    esc(l.healths[a.health]),
    formatDate(a.dueDate, language),
  ]);
}

function actionTable(actions: readonly PublicAction[], language: SiteLanguage, link: (ref: string) => string): string {
  const l = SITE_LABELS[language];
  return table([l.action, l.title, l.status, l.progress, l.health, l.dueDate].map(esc), actionRows(actions, language, link), [3]);
}

/** Every HTML page of a snapshot in one language (paths inside the language folder). */
export function sitePages(doc: PublicSnapshot, language: SiteLanguage): HtmlPage[] {
  const l = SITE_LABELS[language];
  const actionsByRef = new Map(doc.actions.map((a) => [a.ref, a]));
  const date = formatDate(doc.asOf, language);
  const pages: HtmlPage[] = [];

  // Home
  {
    const page = 'index.html';
    const pillarRows = doc.pillars.map((p) => [
      `<a href="pillars/${p.number}.html">${esc(l.pillar)} ${p.number}</a>`,
      `<span lang="fr">${esc(p.title)}</span>`,
      formatNumber(p.counts.actions, language),
      formatNumber(p.counts.completed, language),
      progressBar(p.counts.progress, language),
    ]);
    const changes = !doc.previous
      ? `<p>${esc(l.firstSnapshot)}</p>`
      : doc.changes.length === 0
        ? `<p>${esc(l.noChanges)}</p>`
        : table(
            [l.action, l.title, l.before, l.after].map(esc),
            doc.changes.map((c) => [
              `<a href="actions/${esc(c.ref)}.html">${esc(c.ref)}</a>`,
              `<span lang="fr">${esc(c.title)}</span>`,
              c.fromStatus ? `${esc(l.statuses[c.fromStatus])}, ${percent(c.fromProgress, language)}` : l.none,
              `${esc(l.statuses[c.toStatus])}, ${percent(c.toProgress, language)}`,
            ]),
          );
    pages.push({
      page,
      title: l.snapshotOf(doc.number, date),
      description: l.homeDescription,
      body: `<h1>${esc(l.siteName)}</h1>
<p>${esc(l.tagline)}</p>
<p><strong>${esc(l.snapshotOf(doc.number, date))}</strong></p>
<h2>${esc(l.keyFigures)}</h2>
${countsList(doc.totals, language)}
<h2>${esc(l.progressByPillar)}</h2>
${table([l.pillar, l.title, l.actions, l.completed, l.progress].map(esc), pillarRows, [2, 3, 4])}
<h2>${esc(doc.previous ? l.changesSince(formatDate(doc.previous.asOf, language)) : l.changes)}</h2>
${changes}
<p><a href="tableau-de-bord.html">${esc(l.qualityDashboardTitle)}</a> · <a href="downloads.html">${esc(l.downloadsTitle)}</a></p>`,
    });
  }

  // Pillars, axes, projects
  for (const pillar of doc.pillars) {
    const page = `pillars/${pillar.number}.html`;
    pages.push({
      page,
      title: `${l.pillar} ${pillar.number} — ${pillar.title}`,
      description: `${l.pillar} ${pillar.number} : ${pillar.title} — ${l.progress} ${percent(pillar.counts.progress, language)}`,
      body: `<h1>${esc(l.pillar)} ${pillar.number} — <span lang="fr">${esc(pillar.title)}</span></h1>
${countsList(pillar.counts, language)}
${table(
  [l.axis, l.title, l.actions, l.progress].map(esc),
  pillar.axes.map((axis) => [
    `<a href="../axes/${esc(axis.ref)}.html">${esc(axis.ref)}</a>`,
    `<span lang="fr">${esc(axis.title)}</span>`,
    formatNumber(axis.counts.actions, language),
    progressBar(axis.counts.progress, language),
  ]),
  [2, 3],
)}`,
    });
    for (const axis of pillar.axes) {
      pages.push({
        page: `axes/${axis.ref}.html`,
        title: `${l.axis} ${axis.ref} — ${axis.title}`,
        description: `${l.axis} ${axis.ref} : ${axis.title} — ${l.progress} ${percent(axis.counts.progress, language)}`,
        body: `<p><a href="../pillars/${pillar.number}.html">${esc(l.pillar)} ${pillar.number}</a></p>
<h1>${esc(l.axis)} ${esc(axis.ref)} — <span lang="fr">${esc(axis.title)}</span></h1>
${countsList(axis.counts, language)}
${table(
  [l.project, l.title, l.actions, l.progress].map(esc),
  axis.projects.map((project) => [
    `<a href="../projects/${esc(project.ref)}.html">${esc(project.ref)}</a>`,
    `<span lang="fr">${esc(project.title)}</span>`,
    formatNumber(project.counts.actions, language),
    progressBar(project.counts.progress, language),
  ]),
  [2, 3],
)}`,
      });
      for (const project of axis.projects) {
        const actions = project.actionRefs.map((ref) => actionsByRef.get(ref)!).filter(Boolean);
        pages.push({
          page: `projects/${project.ref}.html`,
          title: `${l.project} ${project.ref} — ${project.title}`,
          description: `${l.project} ${project.ref} : ${project.title} — ${l.progress} ${percent(project.counts.progress, language)}`,
          body: `<p><a href="../pillars/${pillar.number}.html">${esc(l.pillar)} ${pillar.number}</a> › <a href="../axes/${esc(axis.ref)}.html">${esc(l.axis)} ${esc(axis.ref)}</a></p>
<h1>${esc(l.project)} ${esc(project.ref)} — <span lang="fr">${esc(project.title)}</span></h1>
${countsList(project.counts, language)}
${actionTable(actions, language, (ref) => `../actions/${esc(ref)}.html`)}`,
        });
      }
    }
  }

  // Actions
  for (const action of doc.actions) {
    const list = (items: string[]) => (items.length ? `<span lang="fr">${esc(items.join(', '))}</span>` : l.none);
    const indicators = action.indicators.length
      ? table(
          [l.indicator, l.baseline, l.target, l.latestValue, l.date, l.source, l.indicatorStatus].map(esc),
          action.indicators.map((i) => [
            `<span lang="fr">${esc(i.label)}</span>${i.unit ? ` (<span lang="fr">${esc(i.unit)}</span>)` : ''}`,
            formatNumber(i.baseline, language),
            i.target === null ? l.none : `${formatNumber(i.target, language)}${i.targetYear ? ` (${i.targetYear})` : ''}`,
            i.kind === 'MILESTONE' ? (i.achieved === null ? l.none : i.achieved ? l.yes : l.no) : formatNumber(i.latestValue, language),
            formatDate(i.latestDate, language),
            i.source ? `<span lang="fr">${esc(i.source)}</span>` : l.none,
            esc(l.indicatorStatuses[i.status] ?? i.status),
          ]),
        )
      : `<p>${l.none}</p>`;
    pages.push({
      page: `actions/${action.ref}.html`,
      title: `${l.action} ${action.ref} — ${action.title}`,
      description: `${l.action} ${action.ref} : ${action.title} — ${l.statuses[action.status]}, ${percent(action.progress, language)}`,
      body: `<p><a href="../pillars/${action.pillar}.html">${esc(l.pillar)} ${action.pillar}</a> › <a href="../axes/${esc(action.axis)}.html">${esc(l.axis)} ${esc(action.axis)}</a> › <a href="../projects/${esc(action.project)}.html">${esc(l.project)} ${esc(action.project)}</a></p>
<h1>${esc(l.action)} ${esc(action.ref)} — <span lang="fr">${esc(action.title)}</span></h1>
<dl>
<dt>${esc(l.status)}</dt><dd>${esc(l.statuses[action.status])}</dd>
<dt>${esc(l.progress)}</dt><dd>${progressBar(action.progress, language)}</dd>
<dt>${esc(l.health)}</dt><dd>${esc(l.healths[action.health])}</dd>
<dt>${esc(l.owners)}</dt><dd>${list(action.owners)}</dd>
<dt>${esc(l.partners)}</dt><dd>${list(action.partners)}</dd>
<dt>${esc(l.deadline)}</dt><dd>${action.deadline ? `<span lang="fr">${esc(action.deadline)}</span>` : l.none}</dd>
${action.baselineDueDate ? `<dt>${esc(l.baselineDueDate)}</dt><dd>${formatDate(action.baselineDueDate, language)}</dd>\n` : ''}<dt>${esc(l.dueDate)}</dt><dd>${formatDate(action.dueDate, language)}</dd>
<dt>${esc(l.lastUpdate)}</dt><dd>${formatDate(action.lastUpdateDate, language)}</dd>
</dl>
<h2>${esc(l.indicators)}</h2>
${indicators}`,
    });
  }

  pages.push(qualityDashboardPage(doc, language), searchPage(doc, language), downloadsPage(doc, language), archivePage(doc, language));
  return pages;
}

/** The PNQ's own indicators counted by their assessment on the snapshot's date. */
function indicatorCounts(doc: PublicSnapshot): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const indicator of doc.actions.flatMap((a) => a.indicators)) counts[indicator.status] = (counts[indicator.status] ?? 0) + 1;
  return counts;
}

function qualityDashboardPage(doc: PublicSnapshot, language: SiteLanguage): HtmlPage {
  const l = SITE_LABELS[language];
  const latest = doc.editions[doc.editions.length - 1];
  const followed = new Set(latest?.criteria.flatMap((c) => c.figureKeys) ?? []);
  const figures = doc.nationalFigures.filter((f) => followed.size === 0 || followed.has(f.key));
  const figureRows = figures.flatMap((figure) =>
    figure.values
      .filter((v) => v.kind === 'ACTUAL')
      .map((v) => [
        language === 'fr'
          ? `<span lang="fr">${esc(figure.label)}</span>`
          : `<span lang="${figure.labelEn ? 'en' : 'fr'}">${esc(figure.labelEn ?? figure.label)}</span>`,
        `${formatNumber(v.value, language)}${figure.unit ? ` <span lang="fr">${esc(figure.unit)}</span>` : ''}`,
        formatDate(v.date, language),
        `<span lang="fr">${esc(v.source)}</span>`,
      ]),
  );
  const edition = latest
    ? `<h2>${esc(l.edition(latest.number))}</h2>
<dl>
<dt>${esc(l.period)}</dt><dd>${formatDate(latest.periodStart, language)} – ${formatDate(latest.periodEnd, language)}</dd>
<dt>${esc(l.publishedOn)}</dt><dd>${formatDate(latest.publishedOn, language)}</dd>
<dt>${esc(l.sources)}</dt><dd><span lang="fr">${esc(latest.sources)}</span></dd>
<dt>${esc(l.method)}</dt><dd><span lang="fr">${esc(latest.method)}</span></dd>
<dt>${esc(l.nextEditionDue)}</dt><dd>${formatDate(latest.nextDueOn, language)}</dd>
</dl>
<h2>${esc(l.criteria)}</h2>
<ul>${latest.criteria.map((c) => `<li><strong lang="fr">${esc(c.label)}</strong> — <span lang="fr">${esc(c.description)}</span></li>`).join('')}</ul>`
    : `<p>${esc(l.noEdition)}</p>`;
  const all = doc.editions.length
    ? `<h2>${esc(l.earlierEditions)}</h2><ul>${[...doc.editions]
        .reverse()
        .map(
          (e) =>
            `<li><a href="../../${e.snapshotNumber}/${language}/tableau-de-bord.html">${esc(l.edition(e.number))}</a> — ${formatDate(e.periodStart, language)} – ${formatDate(e.periodEnd, language)}</li>`,
        )
        .join('')}</ul>`
    : '';
  return {
    page: 'tableau-de-bord.html',
    title: l.qualityDashboardTitle,
    description: l.qualityDashboardIntro,
    body: `<h1>${esc(l.qualityDashboardTitle)}</h1>
<p>${esc(l.qualityDashboardIntro)}</p>
${edition}
<h2>${esc(l.nationalFigures)}</h2>
${table([l.figure, l.value, l.date, l.source].map(esc), figureRows, [1])}
<h2>${esc(l.planIndicators)}</h2>
${table(
  [l.indicatorStatus, l.indicators].map(esc),
  Object.entries(indicatorCounts(doc)).map(([status, count]) => [esc(l.indicatorStatuses[status] ?? status), formatNumber(count, language)]),
  [1],
)}
<h2>${esc(l.progressByPillar)}</h2>
${countsList(doc.totals, language)}
${all}`,
  };
}

function searchPage(doc: PublicSnapshot, language: SiteLanguage): HtmlPage {
  const l = SITE_LABELS[language];
  const items: string[] = [];
  for (const pillar of doc.pillars) {
    items.push(`<li><a href="pillars/${pillar.number}.html">${esc(l.pillar)} ${pillar.number}</a> <span lang="fr">${esc(pillar.title)}</span></li>`);
    for (const axis of pillar.axes) {
      items.push(`<li><a href="axes/${esc(axis.ref)}.html">${esc(l.axis)} ${esc(axis.ref)}</a> <span lang="fr">${esc(axis.title)}</span></li>`);
      for (const project of axis.projects) {
        items.push(
          `<li><a href="projects/${esc(project.ref)}.html">${esc(l.project)} ${esc(project.ref)}</a> <span lang="fr">${esc(project.title)}</span></li>`,
        );
      }
    }
  }
  for (const a of doc.actions) {
    items.push(
      `<li><a href="actions/${esc(a.ref)}.html">${esc(l.action)} ${esc(a.ref)}</a> <span lang="fr">${esc(a.title)}</span> (<span lang="fr">${esc(a.owners.join(', '))}</span>)</li>`,
    );
  }
  return {
    page: 'search.html',
    title: l.searchTitle,
    description: l.searchHint,
    body: `<h1>${esc(l.searchTitle)}</h1>
<form role="search" action="search.html" method="get"><label for="q">${esc(l.searchLabel)}</label><br><input type="search" id="q" name="q"></form>
<p>${esc(l.searchHint)}</p>
<ul id="results" class="results">
${items.join('\n')}
</ul>
<script src="../assets/search.js" defer></script>`,
  };
}

function downloadsPage(doc: PublicSnapshot, language: SiteLanguage): HtmlPage {
  const l = SITE_LABELS[language];
  const files = OPEN_DATA_FILES.map((f) => `<li><a href="../data/${f.name}">${esc(f.name)}</a> — ${esc(language === 'en' ? f.en : f.fr)}</li>`).join('');
  const dictionaryRows = OPEN_DATA_FILES.flatMap((f) =>
    f.fields.map((field) => [
      `<code>${esc(field.name)}</code>`,
      esc(f.name),
      `<span lang="fr">${esc(field.fr)}</span>`,
      `<span lang="en">${esc(field.en)}</span>`,
    ]),
  );
  const reports = doc.finalReports.length
    ? `<h2>${esc(l.finalReports)}</h2><ul>${doc.finalReports.map((r) => `<li>${r.year} (${formatDate(r.asOf, language)})</li>`).join('')}</ul>`
    : '';
  return {
    page: 'downloads.html',
    title: l.downloadsTitle,
    description: l.openDataIntro,
    body: `<h1>${esc(l.downloadsTitle)}</h1>
<p>${esc(l.openDataIntro)}</p>
<ul>${files}<li><a href="../data/dataset.jsonld">dataset.jsonld</a> — DCAT / schema.org Dataset</li><li><a href="../data/LICENCE.txt">LICENCE.txt</a></li></ul>
<h2>${esc(l.licence)}</h2>
<p>${esc(l.licenceText)}</p>
<h2>${esc(l.dictionary)}</h2>
${table([l.field, l.file, `${l.meaning} (français)`, `${l.meaning} (English)`].map(esc), dictionaryRows)}
${reports}`,
  };
}

function archivePage(doc: PublicSnapshot, language: SiteLanguage): HtmlPage {
  const l = SITE_LABELS[language];
  const entries = [{ number: doc.number, asOf: doc.asOf }, ...doc.archive];
  return {
    page: 'archive.html',
    title: l.archiveTitle,
    description: l.archiveIntro,
    body: `<h1>${esc(l.archiveTitle)}</h1>
<p>${esc(l.archiveIntro)}</p>
<ul>${entries
      .map(
        (e) =>
          `<li><a href="../../${e.number}/${language}/index.html">${esc(l.snapshotOf(e.number, formatDate(e.asOf, language)))}</a>${e.number === doc.number ? ` (${esc(l.latest)})` : ''}</li>`,
      )
      .join('')}</ul>`,
  };
}
