(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-iv"]={"key":"iv","forms":{"iv":[0],"ivl":[1],"ivlike":[2],"ivs":[0]},"terms":[{"w":465,"p":"bLBRtEJIK"},{"w":575,"p":"cO"},{"w":575,"p":"cK"}]};
