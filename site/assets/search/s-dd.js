(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-dd"]={"key":"dd","forms":{"dds":[0],"ddsmae":[1]},"terms":[{"w":575,"p":"HN"},{"w":575,"p":"HN"}]};
