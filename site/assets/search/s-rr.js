(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-rr"]={"key":"rr","forms":{"rrhf":[0]},"terms":[{"w":490,"p":"iBXlFOSN"},{"w":490,"p":"iBPlFKSK"}],"phrases":{"rrhf":[{"t":1,"w":["RRHF"]}]}};
