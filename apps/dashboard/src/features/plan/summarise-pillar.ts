interface PillarShape {
  axes: { projects: { actions: unknown[] }[] }[];
}

/** Counts of axes, projects and actions under one pillar. */
export function summarisePillar(pillar: PillarShape): { axes: number; projects: number; actions: number } {
  const projects = pillar.axes.flatMap((axis) => axis.projects);
  return {
    axes: pillar.axes.length,
    projects: projects.length,
    actions: projects.reduce((sum, project) => sum + project.actions.length, 0),
  };
}
