-- planwatch: a table's caption stays on the page of its table in the fallback PDF. The fallback
-- writes a table's caption as a paragraph of its own before the table ("**Table 1.** …",
-- analysis/report/pages.py quarto_like); Typst may leave that paragraph at the foot of a page and
-- start the table on the next. Here such a paragraph, followed by a table (or by the notes a
-- table's Markdown carries after it), is wrapped in a Typst block that sticks to what follows it.
-- Quarto writes real figure captions, which report.typ keeps with their table.

local function is_caption(block)
  if block.t ~= 'Para' or #block.content == 0 or block.content[1].t ~= 'Strong' then
    return false
  end
  return pandoc.utils.stringify(block.content[1]):match('^Table %d+%.$') ~= nil
end

function Blocks(blocks)
  local out = pandoc.Blocks({})
  for i, block in ipairs(blocks) do
    local following = blocks[i + 1]
    if is_caption(block) and following ~= nil and following.t == 'Table' then
      out:insert(pandoc.RawBlock('typst', '#block(sticky: true)['))
      out:insert(block)
      out:insert(pandoc.RawBlock('typst', ']'))
    else
      out:insert(block)
    end
  end
  return out
end
