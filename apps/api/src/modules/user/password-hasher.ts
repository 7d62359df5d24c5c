import { Injectable, OnModuleInit } from '@nestjs/common';
import { hash, verify } from 'argon2';
import { randomBytes } from 'node:crypto';

/** argon2id with the OWASP minimum parameters: every stored password hash is made with these. */
export const ARGON2_OPTIONS = { type: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Hashes and checks passwords (argon2id); the one place that calls argon2. */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  private dummy: Promise<string> | null = null;

  /** Made at start, so that the first unknown e-mail costs no more than the next ones. */
  onModuleInit(): void {
    void this.dummyHash();
  }

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  /** Whether the password matches the hash; a malformed hash is a mismatch. */
  verify(passwordHash: string, password: string): Promise<boolean> {
    return verify(passwordHash, password).catch(() => false);
  }

  /**
   * A hash of a random secret, with the same parameters as real ones: checking a password against it costs what
   * checking a real account's does, so the time a sign-in takes does not tell whether the account exists.
   */
  dummyHash(): Promise<string> {
    this.dummy ??= this.hash(randomBytes(24).toString('base64url'));
    return this.dummy;
  }
}
