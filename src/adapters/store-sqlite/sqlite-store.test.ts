import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runStoreContract, sampleArticle } from '../../core/ports/store.contract.ts';
import { openSqliteStore, migrate, MIGRATIONS, SqliteStore } from './index.ts';

const wanted = (process.env.STORES ?? 'sqlite').split(',').includes('sqlite');
runStoreContract({ name: 'sqlite', makeStore: async () => openSqliteStore(':memory:'), skip: wanted ? false : 'STORES excludes sqlite' });

describe('SQLite store', () => {
  it('keeps what was stored across reopening the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synoptic-'));
    try {
      const file = join(dir, 'nested', 'store.sqlite');
      const first = openSqliteStore(file);
      await first.documents.put([sampleArticle('a1', 'Bridge closes', 'The bridge closed for repairs.')]);
      await first.close();
      const second = openSqliteStore(file);
      assert.equal(await second.documents.count(), 1);
      await second.close();
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  it('applies migrations once and records the version', () => {
    const db = new Database(':memory:');
    assert.equal(migrate(db), MIGRATIONS.length);
    assert.equal(migrate(db), MIGRATIONS.length);
    db.close();
  });

  it('upgrades a version-1 database to the feeds and cluster-log tables, keeping its documents', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    db.exec(MIGRATIONS[0]!);
    db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (1, ?)').run('earlier');
    db.prepare("INSERT INTO documents (id, path, word_count, ingested_at, article) VALUES ('a1', 'x.txt', 3, 'earlier', ?)").run(JSON.stringify(sampleArticle('a1', 'Bridge closes', 'The bridge closed.')));
    const store = new SqliteStore(db);
    assert.equal(await store.documents.count(), 1);
    await store.feeds.put({ url: 'https://news.example/rss', etag: null, lastModified: null, lastPolledAt: null, lastOutcome: null, lastError: null, itemsSeen: 0, seenKeys: [] });
    assert.equal((await store.feeds.list()).length, 1);
    await store.stories.appendClusterLog(['a1']);
    assert.deepEqual((await store.stories.getClusterLog()).map((e) => e.ids), [['a1']]);
    assert.equal((db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number }).v, MIGRATIONS.length);
    await store.close();
  });

  it('refuses a database from a newer Synoptic instead of corrupting it', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(MIGRATIONS.length + 1, 'later');
    assert.throws(() => migrate(db), /newer than this Synoptic/);
    db.close();
  });

  it('rolls back a put that fails part-way, leaving earlier documents intact', async () => {
    const store = openSqliteStore(':memory:');
    await store.documents.put([sampleArticle('a1', 'Bridge closes', 'The bridge closed.')]);
    const broken = { ...sampleArticle('b2', 'Ferry resumes', 'The ferry resumed.'), wordCount: null as unknown as number };
    await assert.rejects(store.documents.put([sampleArticle('c3', 'Rail strike', 'Trains stopped.'), broken]));
    assert.equal(await store.documents.count(), 1);
    assert.equal(await store.documents.get('c3'), null);
    await store.close();
  });
});
