(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-tl"]={"key":"tl","forms":{"tl":[0],"tla":[1]},"terms":[{"w":575,"p":"oVb"},{"w":575,"p":"keL"}]};
