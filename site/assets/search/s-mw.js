(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-mw"]={"key":"mw","forms":{"mwpbench":[0]},"terms":[{"w":575,"p":"oBX"}]};
