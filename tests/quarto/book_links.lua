-- Test double of one documented behaviour of Quarto's Typst/PDF books (not Quarto's code): in a
-- single-file book, Quarto's book-links filter (src/resources/filters/quarto-pre/book-links.lua in
-- quarto-dev/quarto-cli, run in its "pre-combined" pass after the pre-ast, post-ast and pre-quarto
-- entry points and before post-quarto) replaces a relative link that carries an anchor by the
-- anchor alone: ../plans/x.html#L63 becomes #L63. tests/test_report_pdf.py chains the project's
-- filters around this double in the order _quarto-pdf.yml gives them.
function Link(el)
  local target = el.target
  if target:match('^%a[%w+.-]*:') or target:sub(1, 1) == '#' then
    return nil
  end
  local hash = target:find('#', 1, true)
  if hash then
    el.target = target:sub(hash)
    return el
  end
  return nil
end
