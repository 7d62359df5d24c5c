import { Client } from 'pg';

/** What PostgreSQL says of a statement it has parsed, without running it. */
export interface StatementDescription {
  parameterTypes: number[];
  columns: { name: string; typeId: number; tableId: number; columnId: number }[];
}

interface ProtocolConnection {
  parse(query: { text: string; name?: string; types?: number[] }): void;
  describe(message: { type: 'S' | 'P'; name?: string }): void;
  sync(): void;
  on(event: 'parameterDescription', listener: (message: { dataTypeIDs: number[] }) => void): void;
  removeListener(event: 'parameterDescription', listener: (message: { dataTypeIDs: number[] }) => void): void;
}

interface RowDescriptionMessage {
  fields: { name: string; dataTypeID: number; tableID: number; columnID: number }[];
}

/**
 * Asks PostgreSQL to parse and describe a statement (the extended protocol's Parse + Describe + Sync):
 * the parameter types it infers and the columns it would return. Nothing is executed, so INSERTs and
 * UPDATEs can be described too. A statement naming a missing table or column fails here.
 */
export function describeStatement(client: Client, text: string): Promise<StatementDescription> {
  const connection = (client as unknown as { connection: ProtocolConnection }).connection;
  return new Promise((resolve, reject) => {
    const description: StatementDescription = { parameterTypes: [], columns: [] };
    const onParameters = (message: { dataTypeIDs: number[] }) => {
      description.parameterTypes = message.dataTypeIDs;
    };
    connection.on('parameterDescription', onParameters);
    const finish = () => connection.removeListener('parameterDescription', onParameters);
    // A "submittable": node-postgres hands it the connection when its turn comes and routes the answers to it.
    const submittable = {
      submit(conn: ProtocolConnection) {
        conn.parse({ text, types: [] });
        conn.describe({ type: 'S' });
        conn.sync();
      },
      handleRowDescription(message: RowDescriptionMessage) {
        description.columns = message.fields.map((field) => ({
          name: field.name,
          typeId: field.dataTypeID,
          tableId: field.tableID,
          columnId: field.columnID,
        }));
      },
      // node-postgres stops routing messages to a query once it failed: answer at once (its Sync is already sent).
      handleError(error: Error) {
        finish();
        reject(error);
      },
      handleReadyForQuery() {
        finish();
        resolve(description);
      },
      handleEmptyQuery() {},
      handleCommandComplete() {},
      handleDataRow() {},
      handlePortalSuspended() {},
    };
    void client.query(submittable as never);
  });
}
