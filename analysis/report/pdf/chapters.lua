-- planwatch: chapter labels in Quarto's Typst book (not used by the fallback, which writes them).
--
-- The first level-1 heading of each chapter gets the label page-<file stem> (page-01_plans,
-- page-index), which pagelink in report.typ looks for. Which file a heading comes from is known
-- only from Quarto's book file markers, so this filter runs after Quarto's own (`at: post-quarto`
-- in _quarto-pdf.yml) with Quarto's file-metadata filter combined in front of it.

local labelled = {}

local function Header(el)
  if el.level ~= 1 or quarto == nil or quarto.doc == nil or quarto.doc.file_metadata == nil then
    return nil
  end
  local state = quarto.doc.file_metadata()
  local file = state and state.file and state.file.bookItemFile
  if file == nil then
    return nil
  end
  local stem = file:match('([%w_%-]+)%.%w+$')
  if stem and not labelled[stem] then
    labelled[stem] = true
    el.identifier = 'page-' .. stem
    return el
  end
  return nil
end

if quarto ~= nil and quarto.utils ~= nil and quarto.utils.file_metadata_filter ~= nil then
  return quarto.utils.combineFilters({quarto.utils.file_metadata_filter(), {Header = Header}})
end
return {{Header = Header}}
