import { ReactNode } from 'react';

export interface ChartWithTableProps {
  title: string;
  /** Label of the disclosure that shows the same data as a table. */
  tableLabel: string;
  chart: ReactNode;
  columns: string[];
  rows: (string | number)[][];
}

/** Every chart comes with its data as a table, for screen readers and for reading exact figures. */
export function ChartWithTable({ title, tableLabel, chart, columns, rows }: ChartWithTableProps) {
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div role="group" aria-label={title}>
        {chart}
      </div>
      <details>
        <summary>{tableLabel}</summary>
        <table>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={String(row[0])}>
                {row.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
