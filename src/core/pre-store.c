/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pre-store-private.h"

#define BUSY_TIMEOUT_MS 5000

/* The schema steps in use; tests may replace them (pre_store_set_migrations_for_testing). */
static const char * const *migrations = pre_store_migrations;
static guint n_migrations;
static gboolean migrations_overridden;

static guint
get_n_migrations (void)
{
  return migrations_overridden ? n_migrations : pre_store_n_migrations;
}

void
pre_store_set_migrations_for_testing (const char * const *steps,
                                      guint               n_steps)
{
  if (steps == NULL)
    {
      migrations = pre_store_migrations;
      migrations_overridden = FALSE;
      return;
    }

  migrations = steps;
  n_migrations = n_steps;
  migrations_overridden = TRUE;
}

struct _PreStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;      /* SQL text → sqlite3_stmt */
  GPtrArray  *touched;         /* per nesting level: set of table names written */
  guint       depth;           /* transaction nesting */
  guint       read_only : 1;
};

G_DEFINE_FINAL_TYPE (PreStore, pre_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
pre_store_finalize (GObject *object)
{
  PreStore *self = (PreStore *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->touched, g_ptr_array_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (pre_store_parent_class)->finalize (object);
}

static void
pre_store_class_init (PreStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pre_store_finalize;

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
pre_store_init (PreStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify)sqlite3_finalize);
  self->touched = g_ptr_array_new_with_free_func ((GDestroyNotify)g_hash_table_unref);
}

char *
pre_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), DATA_FOLDER, "pre-coordination.db", NULL);
}

int
pre_store_get_schema_version (void)
{
  return (int)get_n_migrations ();
}

const char *
pre_store_get_path (PreStore *self)
{
  g_return_val_if_fail (PRE_IS_STORE (self), NULL);

  return self->path;
}

gboolean
pre_store_is_read_only (PreStore *self)
{
  g_return_val_if_fail (PRE_IS_STORE (self), TRUE);

  return self->read_only;
}

sqlite3 *
pre_store_get_db (PreStore *self)
{
  return self->db;
}

/* Errors */

static int
error_code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      return PRE_STORE_ERROR_NOT_A_DATABASE;
    case SQLITE_CORRUPT:
      return PRE_STORE_ERROR_CORRUPT;
    case SQLITE_CONSTRAINT:
      return PRE_STORE_ERROR_CONSTRAINT;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return PRE_STORE_ERROR_BUSY;
    default:
      return PRE_STORE_ERROR_FAILED;
    }
}

void
pre_store_set_error (PreStore  *self,
                     GError   **error)
{
  int rc = sqlite3_extended_errcode (self->db);
  int code = error_code_for_sqlite (rc);

  switch (code)
    {
    case PRE_STORE_ERROR_CONSTRAINT:
      /* Validation in core catches what a user can type; this is the backstop. */
      g_set_error (error, PRE_STORE_ERROR, code,
                   _("The database refused the change (%s)."), sqlite3_errmsg (self->db));
      break;
    case PRE_STORE_ERROR_BUSY:
      g_set_error (error, PRE_STORE_ERROR, code,
                   _("The database “%s” is in use by another program. Close it and try again."),
                   self->path);
      break;
    case PRE_STORE_ERROR_CORRUPT:
    case PRE_STORE_ERROR_NOT_A_DATABASE:
      g_set_error (error, PRE_STORE_ERROR, code,
                   _("The database “%s” is damaged (%s)."), self->path, sqlite3_errmsg (self->db));
      break;
    default:
      g_set_error (error, PRE_STORE_ERROR, code,
                   _("The database “%s” could not be written or read: %s."),
                   self->path, sqlite3_errmsg (self->db));
      break;
    }
}

/* Statements */

void
pre_stmt_release (PreStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

PreStmt *
pre_store_prepare (PreStore    *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt;

  g_assert (PRE_IS_STORE (self));
  g_assert (sql != NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      pre_store_set_error (self, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
pre_store_exec (PreStore    *self,
                const char  *sql,
                GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      pre_store_set_error (self, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
pre_store_step_done (PreStore  *self,
                     PreStmt   *stmt,
                     GError   **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }

  pre_store_set_error (self, error);
  sqlite3_reset (stmt);
  return FALSE;
}

gboolean
pre_store_step_row (PreStore  *self,
                    PreStmt   *stmt,
                    GError   **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    pre_store_set_error (self, error);
  return FALSE;
}

void
pre_bind_text (PreStmt    *stmt,
               int         index,
               const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
pre_bind_id (PreStmt *stmt,
             int      index,
             gint64   id)
{
  if (id <= 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

const char *
pre_column_text (PreStmt *stmt,
                 int      column)
{
  const char *text = (const char *)sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

gint64
pre_store_last_insert_id (PreStore *self)
{
  return sqlite3_last_insert_rowid (self->db);
}

int
pre_store_changes (PreStore *self)
{
  return sqlite3_changes (self->db);
}

/* Transactions */

static GHashTable *
new_table_set (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

gboolean
pre_store_begin (PreStore  *self,
                 GError   **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (PRE_IS_STORE (self), FALSE);

  if (self->read_only)
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FAILED,
                   _("The database “%s” is open read-only."), self->path);
      return FALSE;
    }

  if (self->depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else
    sql = g_strdup_printf ("SAVEPOINT pre_%u", self->depth);

  if (!pre_store_exec (self, sql, error))
    return FALSE;

  self->depth++;
  g_ptr_array_add (self->touched, new_table_set ());
  g_assert (self->touched->len == self->depth);
  return TRUE;
}

static void
emit_changed (PreStore   *self,
              GHashTable *tables)
{
  g_autoptr(GPtrArray) names = g_hash_table_get_keys_as_ptr_array (tables);

  /* A stable order makes the refreshes (and the tests) predictable. */
  g_ptr_array_sort_values (names, (GCompareFunc)g_strcmp0);
  for (guint i = 0; i < names->len; i++)
    {
      const char *table = g_ptr_array_index (names, i);
      g_signal_emit (self, signals[CHANGED], g_quark_from_string (table), table);
    }
}

gboolean
pre_store_commit (PreStore  *self,
                  GError   **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(GHashTable) tables = NULL;

  g_return_val_if_fail (PRE_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE pre_%u", self->depth - 1);

  if (!pre_store_exec (self, sql, error))
    {
      /* The caller's "return pre_store_commit ()" leaves the file as it was. */
      pre_store_rollback (self);
      return FALSE;
    }

  tables = g_ptr_array_steal_index (self->touched, self->depth - 1);
  self->depth--;

  if (self->depth > 0)
    {
      /* An inner level's writes become the outer level's. */
      GHashTable *outer = g_ptr_array_index (self->touched, self->depth - 1);
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, tables);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          g_hash_table_iter_steal (&iter);
          g_hash_table_add (outer, key);
        }
      return TRUE;
    }

  emit_changed (self, tables);
  return TRUE;
}

void
pre_store_rollback (PreStore *self)
{
  g_return_if_fail (PRE_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  if (self->depth == 1)
    {
      /* SQLite may already have rolled back by itself (disk full, I/O error). */
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
    }
  else if (!sqlite3_get_autocommit (self->db))
    {
      g_autofree char *sql = g_strdup_printf ("ROLLBACK TO pre_%u; RELEASE pre_%u",
                                              self->depth - 1, self->depth - 1);
      sqlite3_exec (self->db, sql, NULL, NULL, NULL);
    }

  g_ptr_array_remove_index (self->touched, self->depth - 1);
  self->depth--;
}

void
pre_store_touch (PreStore   *self,
                 const char *table)
{
  g_return_if_fail (PRE_IS_STORE (self));
  g_return_if_fail (table != NULL);

  if (self->depth == 0)
    {
      g_autoptr(GHashTable) tables = new_table_set ();

      g_hash_table_add (tables, g_strdup (table));
      emit_changed (self, tables);
      return;
    }

  g_hash_table_add (g_ptr_array_index (self->touched, self->depth - 1), g_strdup (table));
}

/* Opening */

static gboolean
query_int (PreStore    *self,
           const char  *sql,
           int         *value,
           GError     **error)
{
  g_autoptr(PreStmt) stmt = pre_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (!pre_store_step_row (self, stmt, error))
    {
      if (error != NULL && *error == NULL)
        pre_store_set_error (self, error);
      return FALSE;
    }
  *value = sqlite3_column_int (stmt, 0);
  return TRUE;
}

static guint32
read_be32 (const guchar *bytes)
{
  return ((guint32)bytes[0] << 24) | ((guint32)bytes[1] << 16) | ((guint32)bytes[2] << 8) | bytes[3];
}

/* Looks at the file's 100-byte header before SQLite touches it, so that what
 * is plainly not ours (not SQLite, another program's, a newer format) is
 * refused without a single byte written and no -wal/-shm file created. */
static gboolean
check_header (const char  *path,
              gboolean    *exists,
              GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GError) local_error = NULL;
  guchar header[100];
  gsize n_read = 0;
  guint32 app_id, version;

  in = g_file_read (file, NULL, &local_error);
  if (in == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          *exists = FALSE;
          return TRUE;
        }
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FAILED,
                   _("The database “%s” cannot be opened: %s"), path, local_error->message);
      return FALSE;
    }

  *exists = TRUE;
  if (!g_input_stream_read_all (G_INPUT_STREAM (in), header, sizeof header, &n_read, NULL, &local_error))
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FAILED,
                   _("The database “%s” cannot be read: %s"), path, local_error->message);
      return FALSE;
    }

  /* An empty file is what some tools leave; SQLite treats it as a new database. */
  if (n_read == 0)
    {
      *exists = FALSE;
      return TRUE;
    }

  if (n_read < sizeof header || memcmp (header, magic, sizeof magic) != 0)
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a PRE Coordination database (it is not an SQLite file)."), path);
      return FALSE;
    }

  /* Offsets 60 and 68 of the SQLite header: user_version and application_id. */
  version = read_be32 (header + 60);
  app_id = read_be32 (header + 68);

  if (app_id != 0 && app_id != PRE_STORE_APPLICATION_ID)
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FOREIGN,
                   _("“%s” is an SQLite file of another program, not a PRE Coordination database."),
                   path);
      return FALSE;
    }

  if (app_id == PRE_STORE_APPLICATION_ID && version > get_n_migrations ())
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_TOO_NEW,
                   _("The database “%s” was written by a newer version of PRE Coordination "
                     "(format %u; this version reads up to %u). Update the application to open it."),
                   path, version, get_n_migrations ());
      return FALSE;
    }

  return TRUE;
}

static gboolean
prepare_folder (const char  *path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_file_test (dir, G_FILE_TEST_IS_DIR))
    return TRUE;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int errsv = errno;
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FAILED,
                   _("The folder “%s” cannot be created: %s"), dir, g_strerror (errsv));
      return FALSE;
    }
  return TRUE;
}

/* Creates an empty file readable by its owner only, so that the data is never
 * readable by others, not even for a moment. An existing file is kept. */
static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int errsv = errno;
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FAILED,
                   _("The database “%s” cannot be created: %s"), path, g_strerror (errsv));
      return FALSE;
    }
  g_close (fd, NULL);
  g_chmod (path, 0600);
  return TRUE;
}

static char *
backup_path_for_migration (const char *path,
                           int         from_version)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%S");

  return g_strdup_printf ("%s.v%d-%s.bak", path, from_version, stamp);
}

/* A step that rebuilds a table needs foreign keys off (the pragma is ignored
 * inside a transaction); the links are verified before each step commits. */
static gboolean
check_foreign_keys_in_step (PreStore  *self,
                            GError   **error)
{
  g_autoptr(PreStmt) stmt = pre_store_prepare (self, "PRAGMA foreign_key_check", error);

  if (stmt == NULL)
    return FALSE;
  if (pre_store_step_row (self, stmt, error))
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_CONSTRAINT,
                   _("a record in “%s” points to a missing one"), pre_column_text (stmt, 0));
      return FALSE;
    }
  return error == NULL || *error == NULL;
}

/* One step in one transaction: all of it, or nothing. */
static gboolean
run_migration_step (PreStore  *self,
                    int        step,
                    GError   **error)
{
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", step + 1);
  g_autofree char *set_app_id = g_strdup_printf ("PRAGMA application_id = %d", PRE_STORE_APPLICATION_ID);
  int current = 0;

  if (!pre_store_begin (self, error))
    return FALSE;

  if (!query_int (self, "PRAGMA user_version", &current, error))
    goto failed;

  /* Another program (the CLI, a second window) may have done this step
   * between our look at the file and our lock on it. */
  if (current > step)
    return pre_store_commit (self, error);

  if (!pre_store_exec (self, migrations[step], error) ||
      !check_foreign_keys_in_step (self, error) ||
      !pre_store_exec (self, set_app_id, error) ||
      !pre_store_exec (self, set_version, error))
    goto failed;

  return pre_store_commit (self, error);

failed:
  pre_store_rollback (self);
  return FALSE;
}

static gboolean
migrate (PreStore  *self,
         int        from_version,
         gboolean   existed,
         GError   **error)
{
  int target = (int)get_n_migrations ();

  if (from_version >= target)
    return TRUE;

  /* Before touching a file the user already has, keep a copy of it. */
  if (existed && from_version > 0)
    {
      g_autofree char *backup = backup_path_for_migration (self->path, from_version);
      if (!pre_store_backup (self, backup, error))
        {
          g_prefix_error (error, _("The database “%s” was not updated: "), self->path);
          return FALSE;
        }
    }

  if (!pre_store_exec (self, "PRAGMA foreign_keys = OFF", error))
    return FALSE;

  for (int step = from_version; step < target; step++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!run_migration_step (self, step, &local_error))
        {
          g_set_error (error, PRE_STORE_ERROR, local_error->code,
                       _("The database “%s” could not be updated to format %d: %s"),
                       self->path, step + 1, local_error->message);
          return FALSE;
        }
    }

  return pre_store_exec (self, "PRAGMA foreign_keys = ON", error);
}

/* SQLite's verdict on a damaged file, on one line and short enough to read. */
static char *
summarize_verdict (const char *verdict)
{
  g_auto(GStrv) lines = g_strsplit (verdict, "\n", -1);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);

      if (*line == '\0' || g_str_has_prefix (line, "***"))
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      if (text->len + strlen (line) > 200)
        {
          g_string_append (text, "…");
          break;
        }
      g_string_append (text, line);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static PreStore *
open_connection (const char  *path,
                 gboolean     read_only,
                 GError     **error)
{
  g_autoptr(PreStore) self = g_object_new (PRE_TYPE_STORE, NULL);
  gboolean existed = FALSE;
  int flags, app_id = 0, version = 0, n_tables = 0;

  if (!check_header (path, &existed, error))
    return NULL;

  if (!read_only && !existed &&
      (!prepare_folder (path, error) || !create_private_file (path, error)))
    return NULL;

  self->path = g_strdup (path);
  self->read_only = read_only;
  flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  flags |= SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;

  if (sqlite3_open_v2 (path, &self->db, flags, NULL) != SQLITE_OK)
    {
      if (self->db == NULL)
        g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FAILED,
                     _("The database “%s” cannot be opened: out of memory."), path);
      else
        g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FAILED,
                     _("The database “%s” cannot be opened: %s."), path, sqlite3_errmsg (self->db));
      return NULL;
    }

  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, 1);

  /* Look before writing anything: another program's file or a newer one is
   * left exactly as it was. The header was checked already; this is the
   * authoritative answer (a -wal file may hold a newer first page). */
  if (!query_int (self, "PRAGMA application_id", &app_id, error) ||
      !query_int (self, "PRAGMA user_version", &version, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_schema", &n_tables, error))
    {
      g_autoptr(GError) local_error = NULL;
      if (error != NULL && *error != NULL)
        {
          local_error = g_steal_pointer (error);
          g_set_error (error, PRE_STORE_ERROR,
                       local_error->code == PRE_STORE_ERROR_NOT_A_DATABASE ? PRE_STORE_ERROR_NOT_A_DATABASE
                                                                          : PRE_STORE_ERROR_CORRUPT,
                       _("The database “%s” is damaged and cannot be read. Restore a backup copy."),
                       path);
        }
      return NULL;
    }

  if (app_id != PRE_STORE_APPLICATION_ID && (app_id != 0 || n_tables > 0))
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FOREIGN,
                   _("“%s” is an SQLite file of another program, not a PRE Coordination database."),
                   path);
      return NULL;
    }

  if (version > (int)get_n_migrations ())
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_TOO_NEW,
                   _("The database “%s” was written by a newer version of PRE Coordination "
                     "(format %d; this version reads up to %d). Update the application to open it."),
                   path, version, (int)get_n_migrations ());
      return NULL;
    }

  /* The writer checks the whole file once; readers come after it. */
  if (existed && !read_only)
    {
      g_autoptr(PreStmt) check = pre_store_prepare (self, "PRAGMA quick_check", NULL);
      const char *verdict = NULL;

      if (check != NULL && sqlite3_step (check) == SQLITE_ROW)
        verdict = (const char *)sqlite3_column_text (check, 0);
      if (verdict == NULL || strcmp (verdict, "ok") != 0)
        {
          g_autofree char *summary = summarize_verdict (verdict != NULL ? verdict : sqlite3_errmsg (self->db));

          g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_CORRUPT,
                       _("The database “%s” is damaged (%s). Restore a backup copy."),
                       path, summary);
          return NULL;
        }
    }

  if (!pre_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !pre_store_exec (self, "PRAGMA synchronous = FULL", error))
    return NULL;

  if (read_only)
    {
      if (version != (int)get_n_migrations ())
        {
          g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FAILED,
                       _("The database “%s” has not been brought to the current format yet."), path);
          return NULL;
        }
      /* Even temporary tables: a reader never writes. */
      if (!pre_store_exec (self, "PRAGMA query_only = ON", error))
        return NULL;
      return g_steal_pointer (&self);
    }

  if (!pre_store_exec (self, "PRAGMA journal_mode = WAL", error))
    return NULL;

  if (!migrate (self, version, existed, error))
    return NULL;

  return g_steal_pointer (&self);
}

PreStore *
pre_store_open (const char  *path,
                GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_connection (path, FALSE, error);
}

PreStore *
pre_store_open_reader (PreStore  *self,
                       GError   **error)
{
  g_return_val_if_fail (PRE_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_connection (self->path, TRUE, error);
}

/* Backup */

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf st_a, st_b;

  if (g_stat (a, &st_a) != 0 || g_stat (b, &st_b) != 0)
    return FALSE;
  return st_a.st_dev == st_b.st_dev && st_a.st_ino == st_b.st_ino;
}

static void
remove_with_companions (const char *path)
{
  static const char * const suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

gboolean
pre_store_backup (PreStore    *self,
                  const char  *dest_path,
                  GError     **error)
{
  g_autofree char *tmp_path = NULL;
  g_autofree char *reason = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc, waited_ms = 0;

  g_return_val_if_fail (PRE_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  /* Inside a transaction the copy would hold writes that may be rolled back. */
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (g_strcmp0 (dest_path, self->path) == 0 || same_file (dest_path, self->path))
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FAILED,
                   _("The backup “%s” cannot be written over the database itself. Choose another file."),
                   dest_path);
      return FALSE;
    }

  if (!prepare_folder (dest_path, error))
    return FALSE;

  tmp_path = g_strdup_printf ("%s.part", dest_path);
  remove_with_companions (tmp_path);
  if (!create_private_file (tmp_path, NULL))
    {
      int errsv = errno;
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FAILED,
                   _("The backup “%s” could not be written: %s."), dest_path, g_strerror (errsv));
      return FALSE;
    }

  rc = sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  backup = sqlite3_backup_init (dest, "main", self->db, "main");
  if (backup == NULL)
    goto failed;

  do
    {
      rc = sqlite3_backup_step (backup, 256);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        {
          sqlite3_sleep (20);
          waited_ms += 20;
        }
    }
  while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited_ms < BUSY_TIMEOUT_MS));

  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      reason = g_strdup (sqlite3_errstr (rc));
      goto failed;
    }

  /* The copy is a plain rollback-journal file: one self-contained file. */
  if (sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK)
    goto failed;
  if (sqlite3_close (dest) != SQLITE_OK)
    goto failed;
  dest = NULL;

  if (g_rename (tmp_path, dest_path) != 0)
    {
      int errsv = errno;
      remove_with_companions (tmp_path);
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FAILED,
                   _("The backup “%s” could not be written: %s."), dest_path, g_strerror (errsv));
      return FALSE;
    }

  return TRUE;

failed:
  if (reason == NULL)
    reason = g_strdup (dest != NULL ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
  g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_FAILED,
               _("The backup “%s” could not be written: %s."), dest_path, reason);
  if (dest != NULL)
    sqlite3_close_v2 (dest);
  remove_with_companions (tmp_path);
  return FALSE;
}

gboolean
pre_store_check_integrity (PreStore  *self,
                           GError   **error)
{
  g_autoptr(PreStmt) integrity = NULL;
  g_autoptr(PreStmt) foreign = NULL;
  g_autoptr(GString) problems = NULL;
  g_autoptr(GError) local_error = NULL;
  guint n_problems = 0;

  g_return_val_if_fail (PRE_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  integrity = pre_store_prepare (self, "PRAGMA integrity_check (20)", error);
  if (integrity == NULL)
    return FALSE;

  problems = g_string_new (NULL);
  while (pre_store_step_row (self, integrity, &local_error))
    {
      const char *verdict = pre_column_text (integrity, 0);
      g_autofree char *summary = NULL;

      if (strcmp (verdict, "ok") == 0)
        break;
      summary = summarize_verdict (verdict);
      if (n_problems++ > 0)
        g_string_append (problems, "; ");
      g_string_append (problems, summary);
    }
  if (local_error != NULL)
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged (%s)."), self->path, local_error->message);
      return FALSE;
    }
  if (n_problems > 0)
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged (%s)."), self->path, problems->str);
      return FALSE;
    }

  foreign = pre_store_prepare (self, "PRAGMA foreign_key_check", error);
  if (foreign == NULL)
    return FALSE;
  if (pre_store_step_row (self, foreign, &local_error))
    {
      g_set_error (error, PRE_STORE_ERROR, PRE_STORE_ERROR_CORRUPT,
                   _("The database “%s” has a record in “%s” that points to a missing one in “%s”."),
                   self->path, pre_column_text (foreign, 0), pre_column_text (foreign, 2));
      return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* Meta */

char *
pre_store_get_meta (PreStore   *self,
                    const char *key)
{
  g_autoptr(PreStmt) stmt = NULL;

  g_return_val_if_fail (PRE_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  stmt = pre_store_prepare (self, "SELECT value FROM meta WHERE key = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  pre_bind_text (stmt, 1, key);
  if (!pre_store_step_row (self, stmt, NULL))
    return NULL;
  return g_strdup (pre_column_text (stmt, 0));
}

gboolean
pre_store_set_meta (PreStore    *self,
                    const char  *key,
                    const char  *value,
                    GError     **error)
{
  g_autoptr(PreStmt) stmt = NULL;

  g_return_val_if_fail (PRE_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!pre_store_begin (self, error))
    return FALSE;

  if (value == NULL)
    stmt = pre_store_prepare (self, "DELETE FROM meta WHERE key = ?1", error);
  else
    stmt = pre_store_prepare (self,
                              "INSERT INTO meta (key, value) VALUES (?1, ?2)"
                              " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                              error);
  if (stmt == NULL)
    goto failed;
  pre_bind_text (stmt, 1, key);
  if (value != NULL)
    pre_bind_text (stmt, 2, value);
  if (!pre_store_step_done (self, stmt, error))
    goto failed;
  pre_store_touch (self, "meta");
  return pre_store_commit (self, error);

failed:
  pre_store_rollback (self);
  return FALSE;
}
