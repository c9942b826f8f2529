/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

/* Replays a fuzz target over its corpus (every file of the folders given),
 * then, with --mutate N, over N seeded mutations of those files: a small
 * fuzzer that needs no clang, run by `meson test`. */

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static const char interesting[] = { ';', ',', '\t', '"', '\r', '\n', ' ', '\0' };

static void
insert (GByteArray   *array,
        guint         at,
        const guint8 *data,
        guint         len)
{
  guint old = array->len;

  g_byte_array_set_size (array, old + len);
  memmove (array->data + at + len, array->data + at, old - at);
  memcpy (array->data + at, data, len);
}

static GBytes *
mutate (GRand  *rand,
        GBytes *input)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (input, &size);
  GByteArray *out = g_byte_array_new ();
  guint n = g_rand_int_range (rand, 1, 8);

  g_byte_array_append (out, data, size);
  for (guint i = 0; i < n; i++)
    {
      guint at = out->len > 0 ? g_rand_int_range (rand, 0, out->len) : 0;
      guint8 byte;

      switch (g_rand_int_range (rand, 0, 6))
        {
        case 0: /* an interesting byte in place */
          if (out->len > 0)
            out->data[at] = interesting[g_rand_int_range (rand, 0, sizeof interesting)];
          break;
        case 1: /* an interesting byte inserted */
          byte = interesting[g_rand_int_range (rand, 0, sizeof interesting)];
          insert (out, at, &byte, 1);
          break;
        case 2: /* a high byte: Windows-1252, broken UTF-8 */
          byte = g_rand_int_range (rand, 0x80, 0x100);
          insert (out, at, &byte, 1);
          break;
        case 3: /* truncated */
          g_byte_array_set_size (out, at);
          break;
        case 4: /* a random bit flipped */
          if (out->len > 0)
            out->data[at] ^= 1 << g_rand_int_range (rand, 0, 8);
          break;
        default: /* a piece repeated */
          if (out->len > 0)
            {
              guint len = g_rand_int_range (rand, 1, MIN (out->len - at, 64u) + 1);
              g_autofree guint8 *piece = g_memdup2 (out->data + at, len);
              insert (out, at, piece, len);
            }
          break;
        }
    }
  return g_byte_array_free_to_bytes (out);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);
  guint n_mutations = 0;
  guint n_tests = 0;

  setlocale (LC_ALL, "C.UTF-8");
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      if (g_strcmp0 (argv[i], "--mutate") == 0 && i + 1 < argc)
        {
          n_mutations = (guint) g_ascii_strtoull (argv[++i], NULL, 10);
          continue;
        }
      dir = g_dir_open (argv[i], 0, NULL);
      if (dir == NULL)
        g_error ("Cannot open the corpus folder “%s”", argv[i]);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);
          g_autofree char *contents = NULL;
          gsize size = 0;

          if (!g_file_get_contents (path, &contents, &size, NULL))
            g_error ("Cannot read “%s”", path);
          g_ptr_array_add (inputs, g_bytes_new_take (g_steal_pointer (&contents), size));
        }
    }
  if (inputs->len == 0)
    g_error ("No corpus file");

  /* TAP: one test for the corpus, one for the mutations. */
  g_print ("1..2\n");
  for (guint i = 0; i < inputs->len; i++)
    {
      gsize size = 0;
      const guint8 *data = g_bytes_get_data (g_ptr_array_index (inputs, i), &size);
      LLVMFuzzerTestOneInput (data, size);
      n_tests++;
    }
  g_print ("ok 1 - %u corpus files\n", n_tests);

  for (guint i = 0; i < n_mutations; i++)
    {
      g_autoptr(GBytes) mutated = mutate (rand, g_ptr_array_index (inputs, g_rand_int_range (rand, 0, inputs->len)));
      gsize size = 0;
      const guint8 *data = g_bytes_get_data (mutated, &size);
      LLVMFuzzerTestOneInput (data, size);
    }
  g_print ("ok 2 - %u mutations\n", n_mutations);
  return EXIT_SUCCESS;
}
