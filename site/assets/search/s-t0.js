(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-t0"]={"key":"t0","forms":{"t0":[0]},"terms":[{"w":524,"p":"kEXpXM"},{"w":524,"p":"kEWpXJ"}],"phrases":{"t0":[{"t":1,"c":"T0","w":["T0"]}]}};
