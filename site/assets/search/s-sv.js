(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-sv"]={"key":"sv","forms":{"svamp":[0]},"terms":[{"w":524,"p":"qTXiEO"},{"w":524,"p":"qTTiES"}],"phrases":{"svamp":[{"t":1,"w":["SVAMP"]}]}};
