import { Client } from 'pg';

const RETRY_MS = 5_000;

/**
 * A dedicated connection that LISTENs on one channel and calls back on each NOTIFY (delivered when the
 * notifying transaction commits, to every listening instance). Reconnects by itself when the connection drops.
 */
export class NotificationListener {
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly onNotification: (payload: string) => void,
    private readonly warn: (message: string) => void,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    const client = new Client({ connectionString: this.url });
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.onNotification(message.payload ?? '');
    });
    const reconnect = (error?: Error) => {
      if (this.stopped || this.client !== client) return;
      this.client = null;
      if (error) this.warn(`Lost the job notifications connection (${error.message}); retrying in ${RETRY_MS / 1000} s`);
      this.retry = setTimeout(() => void this.start().catch((e: Error) => reconnect(e)), RETRY_MS);
      this.retry.unref();
    };
    client.on('error', reconnect);
    client.on('end', () => reconnect(new Error('connection ended')));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (error) {
      reconnect(error as Error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
