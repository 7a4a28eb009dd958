-- planwatch: figures with their alt text in the fallback PDF (Quarto's Typst writer does this
-- itself from each figure's fig-alt). pandoc's Typst writer drops an image's alt attribute, so an
-- image that has one is written as a Typst image() call that carries it.

local function typst_string(text)
  return '"' .. text:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', ' ') .. '"'
end

function Image(el)
  local alt = el.attributes['alt']
  if alt == nil or alt == '' then
    return nil
  end
  local width = el.attributes['width'] or '100%'
  return pandoc.RawInline('typst', '#box(image(' .. typst_string(el.src) .. ', width: ' .. width .. ', alt: ' .. typst_string(alt) .. '))')
end
