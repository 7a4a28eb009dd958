-- planwatch: links in the PDF (used by Quarto's Typst book and by the fallback build alike).
--
-- A PDF has no other pages to link to, so:
--  * a link to another report page (notebooks/<page>.py or .html, index.qmd) becomes an internal
--    link to that chapter with its section number, "The plans (§1)" (see pagelink in report.typ);
--    when the chapter is not in the PDF the link text stays, without a dead link;
--  * a link that names its source in its title (a value linked to its plan line, whose title is
--    "000_x.txt:136") becomes the text followed by the source printed small: the seed file and
--    line are on paper;
--  * any other link to a local file (downloads, the plan texts) keeps its text and loses the link;
--  * web links and links inside the PDF (#…) stay links.
--
-- In a Quarto book this filter must run before Quarto's own filters (`at: pre-ast` in
-- _quarto-pdf.yml): Quarto's book-links filter (quarto-pre/book-links.lua, part of its
-- "pre-combined" pass) rewrites every relative link with an anchor, ../plans/x.html#L63, into the
-- internal link #L63, and a Typst book has no label <L63>, so the PDF would not compile. Run first,
-- this filter leaves Quarto no relative link to rewrite. The chapter labels page-<file stem> that
-- pagelink looks for are set by chapters.lua after Quarto has read the book's file markers (the
-- fallback writes these labels itself).

local function typst_string(text)
  return '"' .. text:gsub('\\', '\\\\'):gsub('"', '\\"') .. '"'
end

local function page_of(target)
  local path = target:gsub('#.*$', ''):gsub('^%./', ''):gsub('^%.%./', '')
  local stem = path:match('^notebooks/([%w_%-]+)%.%w+$')
  if stem then return stem end
  stem = path:match('^(index)%.%w+$')
  if stem then return stem end
  return nil
end

local function is_web(target)
  return target:match('^%a[%w+.-]*:') ~= nil
end

function Link(el)
  local target = el.target
  if is_web(target) or target:sub(1, 1) == '#' then
    return nil  -- web links and links inside the PDF stay
  end
  local stem = page_of(target)
  if stem then
    local out = pandoc.List({pandoc.RawInline('typst', '#pagelink(' .. typst_string('page-' .. stem) .. ', [')})
    out:extend(el.content)
    out:insert(pandoc.RawInline('typst', '])'))
    return out
  end
  local out = pandoc.List(el.content)
  if el.title and el.title ~= '' then
    out:insert(pandoc.RawInline('typst', '#srcref(' .. typst_string(el.title) .. ')'))
  end
  return out
end

return {{Link = Link}}
